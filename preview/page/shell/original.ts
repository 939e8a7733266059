/**
 * A method of a prototype, taken before the shell replaces it, to call with `.call(instance, ...)`.
 */
export function originalMethod<F extends (...args: never[]) => unknown>(proto: object, name: string): F {
	return Reflect.get(proto, name) as F;
}

/**
 * Listens to a drag over `el` the way a drop target must: at `dragenter` as well as at each `dragover`. Where the
 * element under the pointer changes, Chromium fires `dragenter` alone for that step, and decides from it alone
 * whether the drop is allowed; a target that accepts only `dragover` refuses a drop that comes right after
 * (https://html.spec.whatwg.org/multipage/dnd.html#drag-and-drop-processing-model: "If the current target element
 * is a DOM element, ... fire a DND event named dragenter ... If the event is canceled, set the current target
 * element to the immediate user selection").
 */
export function onDragOver(el: HTMLElement, accept: (event: DragEvent) => void): void {
	el.addEventListener("dragenter", accept);
	el.addEventListener("dragover", accept);
}

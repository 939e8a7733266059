/** Markdown files imported by the code (built-in templates) are bundled as their text: esbuild's `text` loader, and a jest transform. */
declare module "*.md" {
	const text: string;
	export default text;
}

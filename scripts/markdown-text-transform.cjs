// Jest transform for imported markdown files (the built-in templates): their text, as esbuild's `text` loader gives it.
module.exports = {
	process(sourceText) {
		return { code: `module.exports = ${JSON.stringify(sourceText)};` };
	},
};

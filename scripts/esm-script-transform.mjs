// Jest transform for the project's own .mjs scripts (scripts/check-versions.mjs): Jest runs the tests as
// CommonJS, and ts-jest keeps a .mjs file's imports as they are, so this compiles it to CommonJS.
import ts from "typescript";

export default {
	process(sourceText, sourcePath) {
		const { outputText } = ts.transpileModule(sourceText, {
			compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true, allowJs: true },
			fileName: sourcePath.replace(/\.mjs$/, ".js"),
		});
		return { code: outputText };
	},
};

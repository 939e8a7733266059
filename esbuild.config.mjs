import esbuild from "esbuild";
import process from "process";
import { builtinModules } from "node:module";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";

const banner = `/*
THIS IS A GENERATED FILE. The source is in src/; see README.md.
*/
`;

const prod = process.argv[2] === "production";

/** Copies the built plugin into the demo vault so opening it in Obsidian shows the plugin. */
const installIntoDemoVault = {
	name: "install-into-demo-vault",
	setup(build) {
		build.onEnd((result) => {
			if (result.errors.length > 0) return;
			const dir = "demo-vault/.obsidian/plugins/thought-leadership-studio";
			mkdirSync(dir, { recursive: true });
			for (const file of ["main.js", "manifest.json", "styles.css"]) cpSync(file, `${dir}/${file}`);
		});
	},
};

/** Keeps what each input weighs in main.js (esbuild's metafile) for `npm run bundle-report`: build/main.meta.json. */
const keepMetafile = {
	name: "keep-metafile",
	setup(build) {
		build.onEnd((result) => {
			if (result.errors.length > 0 || !result.metafile) return;
			mkdirSync("build", { recursive: true });
			writeFileSync("build/main.meta.json", JSON.stringify(result.metafile));
		});
	},
};

const context = await esbuild.context({
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/*",
		...builtinModules,
		...builtinModules.map((m) => `node:${m}`),
	],
	format: "cjs",
	target: "es2021",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	outfile: "main.js",
	metafile: prod,
	// Built-in templates are markdown files in the repository, bundled as their text.
	loader: { ".md": "text" },
	plugins: [installIntoDemoVault, keepMetafile],
});

if (prod) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}

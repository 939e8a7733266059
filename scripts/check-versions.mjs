// The release check, first step of `npm test`: package.json, manifest.json and versions.json agree, the
// manifest follows the community directory's rules, and minAppVersion is the Obsidian version the code in
// src/ needs, the highest `@since` of the Obsidian API members it uses.
//
//   node scripts/check-versions.mjs [--root DIR] [--explain]
//
// Exits 1 naming each file that is wrong. --explain lists every Obsidian API the code uses with the
// version that brought it. Plain Node ESM; everything below is exported for tests/scripts/.
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { compare, gt, gte, lt, lte, rcompare } from "semver";
import ts from "typescript";

/** Plugin and app versions as Obsidian writes them, and as a release tag must be: x.y.z, no "v". */
export const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/;

function readJson(root, name, problems) {
	const path = join(root, name);
	if (!existsSync(path)) {
		problems.push(`${name}: missing`);
		return undefined;
	}
	try {
		return JSON.parse(readFileSync(path, "utf8"));
	} catch (error) {
		problems.push(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
		return undefined;
	}
}

/**
 * The three files agree: package.json's version is the manifest's, versions.json records that version
 * with the manifest's minAppVersion, and every key and value of versions.json is an x.y.z version. Each
 * problem starts with the file that disagrees with the other two, when the other two agree.
 */
export function versionProblems(pkg, manifest, versions) {
	const problems = [];
	const pv = pkg.version;
	const mv = manifest.version;
	if (typeof pv !== "string" || !VERSION.test(pv)) problems.push(`package.json: version ${JSON.stringify(pv)} is not x.y.z`);
	if (typeof versions !== "object" || versions === null || Array.isArray(versions)) {
		problems.push("versions.json: must be an object of plugin version → minAppVersion");
		return problems;
	}
	for (const [key, value] of Object.entries(versions)) {
		if (!VERSION.test(key)) problems.push(`versions.json: key ${JSON.stringify(key)} is not an x.y.z plugin version`);
		if (typeof value !== "string" || !VERSION.test(value)) problems.push(`versions.json: ${key} maps to ${JSON.stringify(value)}, not an x.y.z app version`);
	}
	const has = (v) => typeof v === "string" && Object.prototype.hasOwnProperty.call(versions, v);
	if (pv !== mv) {
		if (has(pv) && !has(mv)) problems.push(`manifest.json: version ${JSON.stringify(mv)}, but package.json and versions.json have ${pv}`);
		else if (has(mv) && !has(pv)) problems.push(`package.json: version ${JSON.stringify(pv)}, but manifest.json and versions.json have ${mv}`);
		else problems.push(`manifest.json: version ${JSON.stringify(mv)} differs from package.json's ${JSON.stringify(pv)}`);
	} else if (typeof mv === "string" && !has(mv)) {
		problems.push(`versions.json: no entry for version ${mv} (expected "${mv}": "${String(manifest.minAppVersion)}"; npm version adds it)`);
	}
	if (has(mv) && versions[mv] !== manifest.minAppVersion) problems.push(`versions.json: ${mv} maps to ${String(versions[mv])}, but manifest.json's minAppVersion is ${String(manifest.minAppVersion)}`);
	return problems;
}

const REQUIRED = { id: "string", name: "string", version: "string", minAppVersion: "string", description: "string", author: "string", isDesktopOnly: "boolean" };
const OPTIONAL = { authorUrl: "string", fundingUrl: "string|object" };
/** Openings that describe the plugin instead of saying what it does. */
const NOT_A_VERB = /^(this|a|an|the|plugin|my|our|it|obsidian)\b/i;

/**
 * The community directory's rules for manifest.json: the keys and their types (eslint-plugin-obsidianmd's
 * validate-manifest), the id, name and description rules (docs "Submission requirements for plugins" and
 * obsidian-releases' plugin-entry validation), x.y.z versions, no Obsidian website as author or funding URL.
 */
export function manifestProblems(manifest) {
	const problems = [];
	const say = (text) => problems.push(`manifest.json: ${text}`);
	for (const [key, type] of Object.entries(REQUIRED)) {
		if (!(key in manifest)) say(`"${key}" is missing`);
		else if (typeof manifest[key] !== type) say(`"${key}" must be a ${type}`);
	}
	for (const key of Object.keys(manifest)) {
		if (!(key in REQUIRED) && !(key in OPTIONAL)) say(`"${key}" is not a manifest property`);
	}
	const { id, name, description, author, version, minAppVersion, authorUrl, fundingUrl } = manifest;
	if (typeof id === "string") {
		if (!/^[a-z0-9_-]+$/.test(id)) say(`id "${id}": only lowercase letters, digits, "-" and "_"`);
		if (id.toLowerCase().includes("obsidian")) say(`id "${id}" must not contain "obsidian"`);
		if (id.toLowerCase().endsWith("plugin")) say(`id "${id}" must not end with "plugin"`);
	}
	if (typeof name === "string") {
		if (name.trim() === "") say("name is empty");
		if (/obsidian/i.test(name)) say(`name "${name}" must not contain "Obsidian"`);
		if (/plugin/i.test(name)) say(`name "${name}" must not contain "Plugin"`);
	}
	if (typeof description === "string") {
		if (description.length > 250) say(`description is ${description.length} characters, at most 250`);
		if (description.length < 10) say("description is shorter than 10 characters");
		if (!description.endsWith(".")) say("description must end with a period");
		if (!/^[A-Z]/.test(description)) say("description must start with a capital letter");
		if (NOT_A_VERB.test(description)) say(`description must start with a verb, saying what the plugin does, not "${description.split(/\s/)[0]}"`);
		if (/obsidian|plugin/i.test(description)) say('description must not contain "Obsidian" or "plugin"');
		// What eslint-plugin-obsidianmd's validate-manifest (run by the directory's review) accepts: no emoji,
		// accents or other special characters.
		const special = [...new Set(description.replace(/[A-Za-z0-9\s.,!?'"-]/g, ""))];
		if (special.length > 0) say(`description must not contain special characters: ${special.map((c) => JSON.stringify(c)).join(" ")}`);
	}
	if (typeof author === "string") {
		if (author.trim() === "") say("author is empty");
		if (author.trim() === name) say("author must name who makes the plugin, not repeat its name");
		if (/^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$/.test(author)) say("author must be a name, not an email address");
	}
	for (const [key, value] of [["version", version], ["minAppVersion", minAppVersion]]) {
		if (typeof value === "string" && !VERSION.test(value)) say(`${key} "${value}" is not x.y.z`);
	}
	if (typeof authorUrl === "string") {
		if (!/^https?:\/\/\S+$/.test(authorUrl)) say(`authorUrl "${authorUrl}" is not a URL`);
		if (/^https?:\/\/(www\.)?obsidian\.md\/?$/.test(authorUrl)) say("authorUrl must not point to the Obsidian website");
	}
	if (typeof fundingUrl === "string" && /obsidian\.md/.test(fundingUrl)) say("fundingUrl must not point to the Obsidian website");
	return problems;
}

// ---------------------------------------------------------------------------------------------------
// The app version the code needs.

let lastProgram;

function sourceFiles(dir) {
	const out = [];
	const walk = (d) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(full);
		}
	};
	if (existsSync(dir)) walk(dir);
	return out.sort();
}

function sinceOf(node) {
	for (const tag of ts.getJSDocTags(node)) {
		if (tag.tagName.text !== "since") continue;
		const text = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
		const version = text?.trim();
		if (version && VERSION.test(version)) return version;
	}
	return undefined;
}

function containerOf(decl) {
	const parent = decl.parent;
	if (parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent))) return parent;
	return undefined;
}

/** A declaration's own `@since`, else that of the class or interface it belongs to: a member is never older. */
function declarationSince(decl) {
	const own = sinceOf(decl);
	const container = containerOf(decl);
	const inherited = container ? sinceOf(container) : undefined;
	if (own && inherited) return gte(own, inherited) ? own : inherited;
	return own ?? inherited;
}

function qualifiedName(decl, symbol) {
	const container = containerOf(decl);
	const name = ts.isConstructorDeclaration(decl) ? "constructor" : symbol.getName();
	return container?.name ? `${container.name.text}.${name}` : name;
}

/** A `requireApiVersion("x.y.z")` test (possibly first in an `&&` chain): the version it guards. */
function guardVersion(test) {
	if (ts.isCallExpression(test) && ts.isIdentifier(test.expression) && test.expression.text === "requireApiVersion") {
		const arg = test.arguments[0];
		if (arg && ts.isStringLiteralLike(arg) && VERSION.test(arg.text)) return arg.text;
	}
	if (ts.isBinaryExpression(test) && test.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return guardVersion(test.left) ?? guardVersion(test.right);
	if (ts.isParenthesizedExpression(test)) return guardVersion(test.expression);
	return undefined;
}

/** The highest version a `requireApiVersion` test around this node guarantees, if any. */
function guardedUpTo(node) {
	let best;
	for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
		let test;
		if ((ts.isIfStatement(parent) || ts.isConditionalExpression(parent)) && child === (ts.isIfStatement(parent) ? parent.thenStatement : parent.whenTrue)) test = parent.expression ?? parent.condition;
		else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) test = parent.left;
		const version = test ? guardVersion(test) : undefined;
		if (version && (!best || gt(version, best))) best = version;
	}
	return best;
}

/** `a.b?.()`, feature detection: the code works on apps without the member. */
function isOptionalCall(name) {
	const access = name.parent;
	if (!ts.isPropertyAccessExpression(access) || access.name !== name) return false;
	const call = access.parent;
	return ts.isCallExpression(call) && call.expression === access && call.questionDotToken !== undefined;
}

/** The call or `new` whose callee this name is, so the overload it picks is the one that counts. */
function callOf(name) {
	let callee = name;
	if (ts.isPropertyAccessExpression(name.parent) && name.parent.name === name) callee = name.parent;
	const call = callee.parent;
	if (call && (ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === callee) return call;
	return undefined;
}

/**
 * Every use of the Obsidian API in the TypeScript files under `srcDir`, resolved by the compiler to the
 * declaration it refers to in obsidian.d.ts, with that declaration's `@since`. Type-only uses (annotations,
 * `import type`, `implements`) are left out: types are gone at run time. So are members the code declares
 * itself (an override of a newer method, which an older app never calls), the properties of object
 * literals it passes (an option an older app does not know is ignored, not a crash), and uses guarded by
 * `requireApiVersion("x.y.z")` or an optional call `a.b?.()`.
 *
 * Returns `{ version, uses, untagged }`: the highest `@since` ("0.0.0" when no member used has one), the
 * uses with a version ({ name, since, file, line }, highest first), and the members used that have no `@since`.
 */
export function apiFloor(root, { srcDir = "src", dts = join("node_modules", "obsidian", "obsidian.d.ts") } = {}) {
	const given = resolve(root, dts);
	if (!existsSync(given)) throw new Error(`${relative(root, given)} is missing: run npm ci`);
	const dtsPath = realpathSync(given);
	const files = sourceFiles(resolve(root, srcDir));
	const options = {
		target: ts.ScriptTarget.ES2021,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		lib: ["lib.dom.d.ts", "lib.dom.iterable.d.ts", "lib.es2021.d.ts", "lib.es2022.intl.d.ts"],
		strict: true,
		skipLibCheck: true,
		noEmit: true,
		types: [],
		paths: { obsidian: [dtsPath] },
	};
	// A second run in the same process (the tests) reuses the parsed lib and obsidian.d.ts.
	const program = ts.createProgram({ rootNames: files, options, oldProgram: lastProgram });
	lastProgram = program;
	const checker = program.getTypeChecker();
	const isObsidian = (decl) => resolve(decl.getSourceFile().fileName) === dtsPath;

	const uses = [];
	const untagged = new Set();
	const record = (node, symbol) => {
		if (!symbol) return;
		if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
		const decls = symbol.declarations ?? [];
		// Members that lib.dom also declares (obsidian.d.ts only adds to them) do not depend on the app.
		if (decls.length === 0 || !decls.every(isObsidian)) return;
		let decl;
		let since;
		const call = callOf(node);
		const signature = call ? checker.getResolvedSignature(call)?.declaration : undefined;
		if (signature && !ts.isJSDocSignature(signature) && isObsidian(signature) && decls.includes(signature)) {
			decl = signature;
			since = declarationSince(signature);
		} else {
			// A read, or a call through an alias: the earliest declaration of the member is the one needed.
			for (const d of decls) {
				const s = declarationSince(d);
				if (!decl || (s === undefined ? since !== undefined : since !== undefined && lt(s, since))) {
					decl = d;
					since = s;
				}
			}
		}
		// `new X()`: the class and the constructor picked.
		if (call && ts.isNewExpression(call) && signature && isObsidian(signature) && ts.isConstructorDeclaration(signature)) {
			const s = declarationSince(signature);
			if (s && (!since || gt(s, since))) {
				decl = signature;
				since = s;
			}
		}
		if (!since) {
			untagged.add(qualifiedName(decl, symbol));
			return;
		}
		const guard = guardedUpTo(node);
		if ((guard && lte(since, guard)) || isOptionalCall(node)) return;
		const source = node.getSourceFile();
		const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
		uses.push({ name: qualifiedName(decl, symbol), since, file: relative(root, source.fileName).split(sep).join("/"), line: line + 1 });
	};

	const visit = (node) => {
		// Types are erased: nothing in them runs in the app.
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportEqualsDeclaration(node)) return;
		if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
		if (ts.isModuleDeclaration(node) || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return;
		if (ts.isHeritageClause(node)) {
			// `extends Plugin` runs (the class is looked up at load); `implements` is a type.
			if (node.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(node.parent)) for (const t of node.types) visit(t.expression);
			return;
		}
		if (ts.isTypeNode(node)) return;
		if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
			record(node, ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node));
			return;
		}
		if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) record(node.argumentExpression, checker.getSymbolAtLocation(node.argumentExpression));
		if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
			// `const { vault } = this.app`: the member read, not the local it lands in.
			const key = node.propertyName ?? node.name;
			if (ts.isIdentifier(key) || ts.isStringLiteralLike(key)) {
				const property = checker.getTypeAtLocation(node.parent).getProperty(key.text);
				if (property) record(key, property);
			}
			if (node.initializer) visit(node.initializer);
			if (!ts.isIdentifier(node.name)) visit(node.name);
			return;
		}
		ts.forEachChild(node, visit);
	};
	for (const file of files) {
		const source = program.getSourceFile(file);
		if (source) visit(source);
	}
	uses.sort((a, b) => rcompare(a.since, b.since) || a.name.localeCompare(b.name) || a.file.localeCompare(b.file) || a.line - b.line);
	return { version: uses[0]?.since ?? "0.0.0", uses, untagged: [...untagged].sort() };
}

/** The APIs that set the floor, each once: "Vault.process (src/x.ts:12)". */
export function floorNames(floor) {
	const seen = new Map();
	for (const use of floor.uses) {
		if (use.since !== floor.version) break;
		if (!seen.has(use.name)) seen.set(use.name, `${use.name} (${use.file}:${use.line})`);
	}
	return [...seen.values()];
}

/**
 * minAppVersion is the version the code needs. Lower is an error: the plugin would break on the apps
 * between the two. Higher is an error too when every member the code uses has a `@since`: it hides the
 * plugin from apps that can run it. But obsidian.d.ts has no `@since` on some members (older ones mostly,
 * also a few added later, such as Modal.setTitle in 1.5.1), so when the code uses untagged members the
 * tags give the least it needs, not always all of it: a higher minAppVersion is then a warning naming
 * those members, for the developer to judge.
 */
export function minAppProblems(manifest, floor) {
	const result = { errors: [], warnings: [] };
	if (typeof manifest.minAppVersion !== "string" || !VERSION.test(manifest.minAppVersion)) return result;
	const needs = floor.uses.length > 0 ? `${floor.version} for ${floorNames(floor).join(", ")}` : "no version: it uses no Obsidian API with a @since";
	const cmp = compare(manifest.minAppVersion, floor.version);
	if (cmp < 0) result.errors.push(`manifest.json: minAppVersion ${manifest.minAppVersion} is too low: the code needs ${needs}`);
	else if (cmp > 0 && floor.untagged.length === 0) result.errors.push(`manifest.json: minAppVersion ${manifest.minAppVersion} is higher than the code needs (${needs}): it hides the plugin from apps that can run it`);
	else if (cmp > 0) result.warnings.push(`manifest.json: minAppVersion ${manifest.minAppVersion} is higher than the @since tags ask (${needs}): it hides the plugin from older apps; keep it only if one of the members used without @since needs it: ${floor.untagged.join(", ")}`);
	return result;
}

/**
 * Everything the release needs to agree on, for the project at `root`: `{ ok, problems, warnings, floor }`,
 * each problem and warning starting with the file to fix. `options` go to apiFloor.
 */
export function checkVersions(root, options = {}) {
	const problems = [];
	const warnings = [];
	const pkg = readJson(root, "package.json", problems);
	const manifest = readJson(root, "manifest.json", problems);
	const versions = readJson(root, "versions.json", problems);
	if (!pkg || !manifest || !versions) return { ok: false, problems, warnings, floor: undefined, manifest };
	problems.push(...versionProblems(pkg, manifest, versions));
	problems.push(...manifestProblems(manifest));
	if (pkg.description !== undefined && pkg.description !== manifest.description) problems.push("package.json: description differs from manifest.json's; keep them the same");
	const floor = apiFloor(root, options);
	const minApp = minAppProblems(manifest, floor);
	problems.push(...minApp.errors);
	warnings.push(...minApp.warnings);
	return { ok: problems.length === 0, problems, warnings, floor, manifest };
}

export function main(argv = process.argv.slice(2), log = console.log, error = console.error) {
	const at = argv.indexOf("--root");
	const root = resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : process.cwd());
	let result;
	try {
		result = checkVersions(root);
	} catch (failure) {
		error(`check-versions: ${failure instanceof Error ? failure.message : String(failure)}`);
		return 1;
	}
	if (argv.includes("--explain") && result.floor) {
		for (const use of result.floor.uses) log(`${use.since}  ${use.name}  ${use.file}:${use.line}`);
		log(`without @since: ${result.floor.untagged.join(", ")}`);
	}
	for (const warning of result.warnings) error(`check-versions: warning: ${warning}`);
	if (!result.ok) {
		for (const problem of result.problems) error(`check-versions: ${problem}`);
		return 1;
	}
	log(`check-versions: ${result.manifest.version} agrees in package.json, manifest.json and versions.json; minAppVersion ${result.manifest.minAppVersion}: the code needs ${result.floor.version} for ${floorNames(result.floor).join(", ")}`);
	return 0;
}

// Run as a command (not imported by a test): `node scripts/check-versions.mjs`, from the project's root.
if (/check-versions\.mjs$/.test(process.argv[1] ?? "")) process.exitCode = main();

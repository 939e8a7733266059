import { readFileSync, writeFileSync } from "fs";

// Run by `npm version` (package.json's "version" script), after npm has written the new version into
// package.json and before it commits and tags: copies that version into manifest.json and records it
// in versions.json with the manifest's minAppVersion, as the Obsidian sample plugin's script does.
//
// One difference: the sample adds a versions.json entry only when minAppVersion changes; this records
// every version. Obsidian reads versions.json when the latest release needs a newer app, and installs the
// highest version listed whose minAppVersion the app meets: with every version listed, that is the last
// release that app can run, not the first one of its minAppVersion. scripts/check-versions.mjs (in
// `npm test`) expects the entry.
const targetVersion = process.env.npm_package_version ?? JSON.parse(readFileSync("package.json", "utf8")).version;

// Two-space JSON with a final newline, as the repository writes it (.editorconfig).
const write = (file, value) => writeFileSync(file, JSON.stringify(value, null, 2) + "\n");

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
write("manifest.json", manifest);

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[targetVersion] = minAppVersion;
write("versions.json", versions);

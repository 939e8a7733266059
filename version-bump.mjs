import { readFileSync, writeFileSync } from "fs";

// Run by `npm version`: copies the new package version into manifest.json
// and records which minAppVersion it needs in versions.json.
const targetVersion = process.env.npm_package_version;

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
if (!Object.values(versions).includes(minAppVersion)) {
	versions[targetVersion] = minAppVersion;
}
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");

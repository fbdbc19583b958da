// Builds the front-end into api/service/static/ (committed, so that running the service needs no npm).
// Reproducible: exact versions from package-lock.json, fixed esbuild options, no timestamps.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.env.GWR_STATIC_OUT || join(here, "..", "api", "service", "static");
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "swagger"), { recursive: true });

const common = { bundle: true, minify: true, format: "iife", target: ["es2020"], legalComments: "eof",
                 charset: "utf8", sourcemap: false, logLevel: "warning" };
await build({ ...common, entryPoints: [join(here, "src", "editor.js")], outfile: join(out, "editor.js") });
await build({ ...common, entryPoints: [join(here, "src", "site.js")], outfile: join(out, "site.js") });
await build({ ...common, entryPoints: [join(here, "src", "site.css")], outfile: join(out, "site.css"), format: undefined });

const swagger = join(here, "node_modules", "swagger-ui-dist");
for (const name of ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"]) {
  copyFileSync(join(swagger, name), join(out, "swagger", name));
}
// The bundle's trailing source-map comment would make browsers ask for a file we do not ship.
const bundle = join(out, "swagger", "swagger-ui-bundle.js");
writeFileSync(bundle, readFileSync(bundle, "utf8").replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n"));
const css = join(out, "swagger", "swagger-ui.css");
writeFileSync(css, readFileSync(css, "utf8").replace(/\/\*# sourceMappingURL=.*\*\/\s*$/, "\n"));
copyFileSync(join(here, "src", "favicon.svg"), join(out, "favicon.svg"));

// A manifest of what was built, with versions and digests (the service uses the digests to bust caches).
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
const versions = Object.fromEntries(Object.entries(lock.packages).filter(([k]) => k.startsWith("node_modules/") && !k.startsWith("node_modules/@esbuild/"))
  .map(([k, v]) => [k.slice("node_modules/".length), v.version]).sort());
const files = {};
for (const name of ["editor.js", "site.js", "site.css", "favicon.svg", "swagger/swagger-ui-bundle.js", "swagger/swagger-ui.css",
                    "swagger/favicon-32x32.png"]) {
  files[name] = createHash("sha256").update(readFileSync(join(out, name))).digest("hex").slice(0, 16);
}
writeFileSync(join(out, "manifest.json"), JSON.stringify({ files, packages: versions }, null, 2) + "\n");
console.log("built", Object.keys(files).join(" "));

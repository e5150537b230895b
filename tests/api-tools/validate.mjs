// Checks a built site's content API with tools independent of the build: every JSON Schema compiles in
// Ajv's strict 2020-12 mode, every API document validates against the schema its "$schema" names, and the
// OpenAPI description validates with swagger-parser. Usage: node validate.mjs <site folder>. Exit 1 on a problem.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import SwaggerParser from "@apidevtools/swagger-parser";

const site = process.argv[2];
const api = join(site, "api", "v1");
const files = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
})(api).filter((f) => f.endsWith(".json") && !relative(api, f).startsWith("oembed" + sep)).sort();

const problems = [];
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
const isSchema = (f) => f.endsWith("schema.json");
for (const file of files.filter(isSchema)) {
  try {
    ajv.addSchema(JSON.parse(readFileSync(file, "utf8")));
  } catch (e) {
    problems.push(`${relative(site, file)}: ${e.message}`);
  }
}

let documents = 0;
for (const file of files.filter((f) => !isSchema(f) && !f.endsWith("openapi.json"))) {
  const json = JSON.parse(readFileSync(file, "utf8"));
  let validate;
  try {
    validate = ajv.getSchema(json.$schema);
  } catch (e) {
    problems.push(`${relative(site, file)}: its schema ${json.$schema} does not compile: ${e.message}`);
    continue;
  }
  if (!validate) {
    problems.push(`${relative(site, file)}: names no published schema (${json.$schema})`);
  } else if (!validate(json)) {
    problems.push(`${relative(site, file)}: ${ajv.errorsText(validate.errors)}`);
  }
  documents++;
}

try {
  const description = await SwaggerParser.validate(join(api, "openapi.json"));
  if (!description.openapi.startsWith("3.1")) problems.push(`openapi.json is OpenAPI ${description.openapi}, not 3.1`);
} catch (e) {
  problems.push(`openapi.json: ${e.message}`);
}

for (const problem of problems) console.log(problem);
console.log(`${documents} documents and ${files.filter(isSchema).length} schemas checked with Ajv (strict, 2020-12); openapi.json with swagger-parser: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);

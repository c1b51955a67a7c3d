#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Compares the operations of an OpenAPI document with a server's route table.
//
//   node compare-routes.mjs <openapi.yaml> [<routes.txt> | -]
//
// The route table has one "METHOD /path/{param}" per line, as `hss-server --routes` prints it (read from the
// file, or from standard input when the second argument is "-" or left out); blank lines are ignored.
// Prints what each side has that the other lacks. Exit status: 0 when both list exactly the same
// "METHOD path" pairs, 1 when they differ, 2 when an input cannot be read or parsed.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import yaml from 'js-yaml';

/** The operation keys of an OpenAPI path item. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** An input that cannot be used; reported with exit status 2. */
export class InputError extends Error {}

const routeLine = /^([A-Z]+) (\/\S*)$/;

/** The sorted "METHOD path" lines of every operation in the OpenAPI document text \a text. */
export function documentRoutes(text) {
    let document;
    try {
        document = yaml.load(text);
    } catch (error) {
        throw new InputError(`the OpenAPI document does not parse: ${error.message}`);
    }
    if (document === null || typeof document !== 'object' || typeof document.openapi !== 'string') {
        throw new InputError('the OpenAPI document has no "openapi" version field');
    }
    const paths = document.paths;
    if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) {
        throw new InputError('the OpenAPI document has no "paths" object');
    }
    const routes = [];
    for (const [path, item] of Object.entries(paths)) {
        if (!path.startsWith('/')) {
            throw new InputError(`path "${path}" does not start with "/"`);
        }
        if (item === null || typeof item !== 'object') {
            throw new InputError(`path "${path}" is not an object`);
        }
        if ('$ref' in item) {
            throw new InputError(`path "${path}" is a $ref; write its operations in the document itself`);
        }
        for (const method of httpMethods) {
            if (method in item) {
                routes.push(`${method.toUpperCase()} ${path}`);
            }
        }
    }
    return routes.sort();
}

/** The route lines of a route table \a text, sorted; throws InputError naming the first line that is not a route. */
export function tableRoutes(text) {
    const routes = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '') {
            return;
        }
        const match = routeLine.exec(line);
        if (!match || !httpMethods.includes(match[1].toLowerCase())) {
            throw new InputError(`route table line ${index + 1} is not "METHOD /path": ${JSON.stringify(raw)}`);
        }
        routes.push(`${match[1]} ${match[2]}`);
    });
    return routes.sort();
}

function duplicates(list) {
    return [...new Set(list.filter((entry, index) => list.indexOf(entry) !== index))];
}

/** "METHOD /a/{}" for "METHOD /a/{id}": a route with its parameter names left out. */
function shape(route) {
    return route.replace(/\{[^}/]*\}/g, '{}');
}

/**
 * Compares the two lists. Returns { equal, lines }: equal when both hold the same routes exactly once each;
 * lines is the report to print.
 */
export function compareRoutes(documented, served) {
    const documentedSet = new Set(documented);
    const servedSet = new Set(served);
    const missing = [...documentedSet].filter((route) => !servedSet.has(route)).sort();
    const extra = [...servedSet].filter((route) => !documentedSet.has(route)).sort();
    const servedTwice = duplicates(served).sort();
    const lines = [`OpenAPI document: ${documentedSet.size} operations; server: ${served.length} routes`];
    if (missing.length > 0) {
        lines.push(`In the OpenAPI document but not served by the server (${missing.length}):`);
        missing.forEach((route) => lines.push(`  ${route}`));
    }
    if (extra.length > 0) {
        lines.push(`Served by the server but not in the OpenAPI document (${extra.length}):`);
        extra.forEach((route) => lines.push(`  ${route}`));
    }
    if (servedTwice.length > 0) {
        lines.push(`Listed more than once by the server (${servedTwice.length}):`);
        servedTwice.forEach((route) => lines.push(`  ${route}`));
    }
    for (const route of missing) {
        const sameShape = extra.filter((other) => shape(other) === shape(route));
        for (const other of sameShape) {
            lines.push(`Hint: "${route}" and "${other}" differ only in path parameter names.`);
        }
    }
    const equal = missing.length === 0 && extra.length === 0 && servedTwice.length === 0;
    lines.push(equal ? 'The OpenAPI document and the server routes match.' : 'The OpenAPI document and the server routes differ.');
    return { equal, lines };
}

function main(argv) {
    if (argv.length < 1 || argv.length > 2 || argv[0] === '--help' || argv[0] === '-h') {
        process.stderr.write('usage: node compare-routes.mjs <openapi.yaml> [<routes.txt> | -]\n');
        return 2;
    }
    const [documentPath, routesPath = '-'] = argv;
    try {
        let documentText;
        try {
            documentText = readFileSync(documentPath, 'utf8');
        } catch (error) {
            throw new InputError(`cannot read the OpenAPI document: ${error.message}`);
        }
        let tableText;
        try {
            tableText = readFileSync(routesPath === '-' ? 0 : routesPath, 'utf8');
        } catch (error) {
            throw new InputError(`cannot read the route table: ${error.message}`);
        }
        const documented = documentRoutes(documentText);
        const served = tableRoutes(tableText);
        if (documented.length === 0) {
            throw new InputError('the OpenAPI document has no operations');
        }
        if (served.length === 0) {
            throw new InputError('the route table is empty (did `hss-server --routes` print anything?)');
        }
        const { equal, lines } = compareRoutes(documented, served);
        process.stdout.write(`${lines.join('\n')}\n`);
        return equal ? 0 : 1;
    } catch (error) {
        if (error instanceof InputError) {
            process.stderr.write(`compare-routes: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    process.exitCode = main(process.argv.slice(2));
}

// SPDX-License-Identifier: MIT
// Tests of compare-routes.mjs against hand-made documents and route tables (node --test).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { compareRoutes, documentRoutes, InputError, tableRoutes } from './compare-routes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'compare-routes.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'hss-compare-routes-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const sampleDocument = `
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /api/health:
    get: {responses: {"200": {description: ok}}}
  /api/tickets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    summary: not an operation
    get: {responses: {"200": {description: ok}}}
    put: {responses: {"200": {description: ok}}}
    delete: {responses: {"204": {description: gone}}}
`;

const sampleTable = 'DELETE /api/tickets/{id}\nGET /api/health\nGET /api/tickets/{id}\nPUT /api/tickets/{id}\n';

function write(name, text) {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return path;
}

function run(args, input) {
    return spawnSync(process.execPath, [script, ...args], { input, encoding: 'utf8' });
}

describe('documentRoutes', () => {
    test('lists every operation as "METHOD path", sorted, ignoring non-operation keys', () => {
        assert.deepEqual(documentRoutes(sampleDocument), [
            'DELETE /api/tickets/{id}',
            'GET /api/health',
            'GET /api/tickets/{id}',
            'PUT /api/tickets/{id}',
        ]);
    });

    test('refuses a document without paths, a $ref path item and YAML that does not parse', () => {
        assert.throws(() => documentRoutes('openapi: 3.1.0\ninfo: {}\n'), InputError);
        assert.throws(() => documentRoutes('openapi: 3.1.0\npaths:\n  /a: {$ref: "other.yaml"}\n'), InputError);
        assert.throws(() => documentRoutes('openapi: [unclosed\n'), InputError);
        assert.throws(() => documentRoutes('just text\n'), InputError);
    });
});

describe('tableRoutes', () => {
    test('reads one route per line, skipping blank lines and CRLF endings', () => {
        assert.deepEqual(tableRoutes('\nPUT /b\r\nGET /a\n\n'), ['GET /a', 'PUT /b']);
    });

    test('refuses a line that is not "METHOD /path"', () => {
        for (const bad of ['GET', 'get /a', 'GET a', 'FETCH /a', 'GET /a extra', 'listening on 8443']) {
            assert.throws(() => tableRoutes(`GET /ok\n${bad}\n`), InputError, bad);
        }
    });
});

describe('compareRoutes', () => {
    test('equal lists match', () => {
        const { equal, lines } = compareRoutes(['GET /a', 'POST /a'], ['GET /a', 'POST /a']);
        assert.equal(equal, true);
        assert.match(lines.at(-1), /match/);
    });

    test('names what each side lacks and hints at renamed parameters', () => {
        const { equal, lines } = compareRoutes(
            ['GET /a', 'GET /t/{id}', 'POST /only-documented'],
            ['GET /a', 'GET /t/{ticketId}', 'DELETE /only-served'],
        );
        assert.equal(equal, false);
        const text = lines.join('\n');
        assert.match(text, /not served by the server \(2\):\n {2}GET \/t\/\{id\}\n {2}POST \/only-documented/);
        assert.match(text, /not in the OpenAPI document \(2\):\n {2}DELETE \/only-served\n {2}GET \/t\/\{ticketId\}/);
        assert.match(text, /differ only in path parameter names/);
    });

    test('a route the server lists twice is a difference', () => {
        assert.equal(compareRoutes(['GET /a'], ['GET /a', 'GET /a']).equal, false);
    });
});

describe('command line', () => {
    test('exit 0 for a matching table read from a file and from standard input', () => {
        const documentPath = write('match.yaml', sampleDocument);
        const fromFile = run([documentPath, write('match.txt', sampleTable)]);
        assert.equal(fromFile.status, 0, fromFile.stderr);
        assert.match(fromFile.stdout, /4 operations; server: 4 routes/);
        const fromStdin = run([documentPath, '-'], sampleTable);
        assert.equal(fromStdin.status, 0, fromStdin.stderr);
        const defaultStdin = run([documentPath], sampleTable);
        assert.equal(defaultStdin.status, 0, defaultStdin.stderr);
    });

    test('exit 1 and both lists printed when the table differs', () => {
        const result = run([write('differ.yaml', sampleDocument), '-'], 'GET /api/health\nPATCH /api/tickets/{id}\n');
        assert.equal(result.status, 1);
        assert.match(result.stdout, /DELETE \/api\/tickets\/\{id\}/);
        assert.match(result.stdout, /PATCH \/api\/tickets\/\{id\}/);
    });

    test('exit 2 for an empty table, an unreadable file or a bad line', () => {
        const documentPath = write('bad-input.yaml', sampleDocument);
        assert.equal(run([documentPath, '-'], '').status, 2);
        assert.equal(run([documentPath, join(scratch, 'no-such-file.txt')]).status, 2);
        assert.equal(run([join(scratch, 'no-such-document.yaml'), '-'], sampleTable).status, 2);
        const bad = run([documentPath, '-'], 'GET /api/health\nStarting server\n');
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /line 2/);
        assert.equal(run([]).status, 2);
    });

    test('the project document compares cleanly with a table made from its own operations', () => {
        const documentPath = join(here, '..', '..', 'server', 'openapi', 'hss-api.yaml');
        const routes = documentRoutes(readFileSync(documentPath, 'utf8'));
        assert.ok(routes.length >= 30, `only ${routes.length} operations`);
        const result = run([documentPath, '-'], `${routes.join('\n')}\n`);
        assert.equal(result.status, 0, result.stdout + result.stderr);
    });
});

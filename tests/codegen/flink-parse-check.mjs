// Parses every *.sql file in a directory with dt-sql-parser's FlinkSQL grammar
// (roughly Flink 1.16), statement by statement, split at top-level ';'.
// Statements that need newer Flink than the grammar knows are skipped here and
// covered by golden files: CREATE MODEL and ML_PREDICT (Flink 2.1), CREATE
// CONNECTION (Confluent Cloud), VECTOR_SEARCH (Flink 2.2: its TABLE argument) and
// ARRAY_AGG (Flink 1.20). Confluent's VECTOR_SEARCH_AGG(table, DESCRIPTOR(c), v, k)
// is an ordinary call to the grammar and is parsed. tst_sqlexport's
// ragStatementsNewerThanTheGrammar lists exactly which RAG statements this skips.
// Usage: node flink-parse-check.mjs <node-prefix-dir> <sql-dir>
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

register('./flink-parse-resolve.mjs', import.meta.url);

const [nodeDir, sqlDir] = process.argv.slice(2);
const { FlinkSQL } = await import(pathToFileURL(join(nodeDir, 'node_modules', 'dt-sql-parser', 'dist', 'index.js')).href);
const parser = new FlinkSQL();

// Splits at ';' outside quotes, back-quotes and comments; drops comment-only pieces.
function statements(text)
{
    const result = [];
    let current = '';
    let quote = null;
    for (let i = 0; i < text.length; ++i) {
        const c = text[i];
        if (quote) {
            current += c;
            if (c === quote) {
                if (text[i + 1] === quote) {
                    current += text[++i];
                } else {
                    quote = null;
                }
            }
        } else if (c === '-' && text[i + 1] === '-') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end;
            current += '\n';
        } else if (c === "'" || c === '`') {
            quote = c;
            current += c;
        } else if (c === ';') {
            if (current.trim())
                result.push(current.trim());
            current = '';
        } else {
            current += c;
        }
    }
    if (current.trim())
        result.push(current.trim());
    return result;
}

const newerThanGrammar = /\bCREATE\s+MODEL\b|\bML_PREDICT\b|\bCREATE\s+CONNECTION\b|\bVECTOR_SEARCH\s*\(|\bARRAY_AGG\s*\(/i;
let files = 0, parsed = 0, skipped = 0, failures = 0;
for (const name of readdirSync(sqlDir).filter(n => n.endsWith('.sql')).sort()) {
    ++files;
    for (const statement of statements(readFileSync(join(sqlDir, name), 'utf8'))) {
        if (newerThanGrammar.test(statement)) {
            ++skipped;
            continue;
        }
        ++parsed;
        const errors = parser.validate(statement + ';');
        if (errors.length) {
            ++failures;
            console.error(`${name}: ${errors.map(e => `${e.startLine}:${e.startColumn}: ${e.message}`).join('; ')}\n${statement}\n`);
        }
    }
}
console.log(`${files} files, ${parsed} statements parsed, ${skipped} skipped (newer than the grammar), ${failures} with syntax errors`);
process.exit(failures || parsed === 0 ? 1 : 0);

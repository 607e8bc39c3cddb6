// Node 20 resolve hook for dt-sql-parser's ESM build, whose relative imports
// omit file extensions ('./parser', './lib/flink/FlinkSqlParser'): retry a
// failed relative import as '<spec>.js' and '<spec>/index.js'.
export async function resolve(specifier, context, nextResolve)
{
    try {
        return await nextResolve(specifier, context);
    } catch (error) {
        const relative = specifier.startsWith('./') || specifier.startsWith('../');
        if (!relative || (error.code !== 'ERR_MODULE_NOT_FOUND' && error.code !== 'ERR_UNSUPPORTED_DIR_IMPORT'))
            throw error;
        for (const candidate of [specifier + '.js', specifier + '/index.js']) {
            try {
                return await nextResolve(candidate, context);
            } catch {
                // try the next spelling
            }
        }
        throw error;
    }
}

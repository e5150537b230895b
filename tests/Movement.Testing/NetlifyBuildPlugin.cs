using System.Diagnostics;

namespace Movement.Testing;

/// <summary>One of our Netlify build plugins, run in Node as Netlify Build runs it, with its cache utilities recorded.</summary>
public static class NetlifyBuildPlugin
{
    /// <param name="name">The plugin's folder under netlify/plugins.</param>
    /// <returns>Node's exit code, and the cache calls the plugin made across onPreBuild then onPostBuild, as JSON.</returns>
    public static async Task<(int ExitCode, string CacheCalls)> RunCacheEventsAsync(string name)
    {
        var plugin = Path.Combine(RepositoryRoot.Find(), "netlify", "plugins", name, "index.js").Replace("\\", "/");
        var script = $$"""
            const plugin = require('{{plugin}}');
            const calls = [];
            const utils = { cache: { restore: async (p) => { calls.push('restore ' + p); return true; }, save: async (p) => { calls.push('save ' + p); return true; } } };
            (async () => { await plugin.onPreBuild({ utils }); await plugin.onPostBuild({ utils }); console.error(JSON.stringify(calls)); })();
            """;
        using var process = Process.Start(new ProcessStartInfo("node", ["-e", script]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var calls = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, calls.Trim());
    }
}

using System.Diagnostics;
using System.Text.Json;
using Movement.Testing;
using Xunit.Abstractions;

namespace Movement.Site.Tests.Output;

/// <summary>Every HTML page of the demo passes the Nu HTML Checker (the W3C's validator) without an error.</summary>
public class HtmlValidatorTests(BuiltDemo demo, ITestOutputHelper log) : IClassFixture<BuiltDemo>
{
    private static readonly string Jar = Path.Combine(RepositoryRoot.Find(), "tests", "validator", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_of_the_demo_is_valid_html()
    {
        Assert.True(File.Exists(Jar), $"The Nu HTML Checker is not installed at {Jar}: run 'bash tests/run.sh' (it runs 'npm ci' in tests/validator).");
        var pages = demo.Paths(".html").Count();

        using var process = Process.Start(new ProcessStartInfo("java", ["-jar", Jar, "--errors-only", "--skip-non-html", "--format", "json", demo.Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = new[] { standardError, await standardOutput }.FirstOrDefault(t => t.TrimStart().StartsWith('{')); // The JSON report goes to stderr.
        Assert.True(report is not null, $"The checker gave no report:\n{standardError}");

        var errors = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{m.GetProperty("url").GetString()?.Replace("file:" + demo.Folder, "")}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        var summary = $"Nu HTML Checker: {pages} pages validated, {errors.Count} errors.";
        log.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
        Assert.True(pages > 50, $"Only {pages} pages were built.");
    }
}

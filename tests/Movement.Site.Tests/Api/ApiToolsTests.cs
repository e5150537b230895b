using System.Diagnostics;
using Movement.Site.Tests.Output;
using Movement.Testing;
using Xunit.Abstractions;

namespace Movement.Site.Tests.Api;

/// <summary>
/// The demo's API checked by the tools partners use, independent of the build: Ajv in strict 2020-12 mode for
/// every schema and document, and swagger-parser for the OpenAPI description (tests/api-tools/validate.mjs).
/// </summary>
public class ApiToolsTests(BuiltDemo demo, ITestOutputHelper log) : IClassFixture<BuiltDemo>
{
    private static readonly string Tools = Path.Combine(RepositoryRoot.Find(), "tests", "api-tools");

    [Fact]
    public async Task Every_document_validates_with_ajv_and_the_openapi_file_with_swagger_parser()
    {
        Assert.True(Directory.Exists(Path.Combine(Tools, "node_modules", "ajv")), $"The API tools are not installed in {Tools}: run 'bash tests/run.sh' (it runs 'npm ci' there).");

        using var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(Tools, "validate.mjs"), demo.Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        log.WriteLine(await output);

        Assert.True(process.ExitCode == 0, $"{await output}\n{errors}");
        Assert.Matches(@"^[1-9]\d+ documents and \d+ schemas checked", (await output).Trim().Split('\n')[^1]);
    }
}

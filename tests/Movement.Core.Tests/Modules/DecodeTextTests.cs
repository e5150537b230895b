using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Modules;
using Movement.Core.Pipelines;
using Movement.Testing;

namespace Movement.Core.Tests.Modules;

public class DecodeTextTests
{
    private static async Task<(ImmutableArray<Document> Output, IReadOnlyList<Diagnostic> Diagnostics)> Decode(byte[] bytes)
    {
        var pipeline = new Single();
        pipeline.Read.Add(new Movement.Core.Modules.ReadFiles("*.md"));
        pipeline.Parse.Add(new DecodeText());
        var result = await new Engine([pipeline], new InMemoryFileSystem([KeyValuePair.Create("a.md", bytes)]), new SystemClock()).RunAsync();
        return (result.Outputs["Single"], result.Diagnostics);
    }

    [Fact]
    public async Task Binary_bytes_are_reported_not_parsed()
    {
        var (output, diagnostics) = await Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        Assert.Empty(output);
        Assert.Equal("MV0402", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public async Task Invalid_utf8_is_reported_on_its_line()
    {
        var (output, diagnostics) = await Decode([.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]);

        Assert.Empty(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("MV0403", 2), (error.Code, error.Location.Line));
        Assert.Contains("UTF-8", error.Hint);
    }

    [Fact]
    public async Task An_empty_file_is_reported()
    {
        var (_, diagnostics) = await Decode("  \n\n"u8.ToArray());

        Assert.Equal("MV0401", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public async Task Valid_text_passes_through()
    {
        var (output, diagnostics) = await Decode("---\ntitle: Café\n---\n"u8.ToArray());

        Assert.Empty(diagnostics);
        Assert.Contains("Café", Assert.Single(output).Text);
    }

    private sealed class Single : Pipeline
    {
        public Single()
            : base("Single")
        {
        }
    }
}

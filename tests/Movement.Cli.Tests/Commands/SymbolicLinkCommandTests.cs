using Movement.Testing;

namespace Movement.Cli.Tests.Commands;

/// <summary>`ln -s /etc/passwd input/files/briefs/x.pdf` through the real command line: refused, located, nothing written.</summary>
public class SymbolicLinkCommandTests
{
    private const string Secret = "SECRET-FROM-OUTSIDE-THE-INPUT";

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public async Task A_link_out_of_the_input_fails_with_a_located_error_and_publishes_nothing(string command)
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        var output = temp.Combine("_site");
        TempFolder.CopyTree(RepositoryRoot.DemoInput, input);
        File.WriteAllText(temp.Combine("passwd"), Secret);
        Directory.CreateDirectory(Path.Combine(input, "files", "briefs"));
        File.CreateSymbolicLink(Path.Combine(input, "files", "briefs", "x.pdf"), temp.Combine("passwd"));

        var run = command == "build" ? await CliRun.Of("build", "-i", input, "-o", output) : await CliRun.Of("check", "-i", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("files/briefs/x.pdf:1:1: error MV0410:", run.Error, StringComparison.Ordinal);
        Assert.Contains("hint: Replace the link with the real file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}

using System.Text;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Testing;
using Movement.Theme.Rendering;

namespace Movement.Site.Tests.Safety;

/// <summary>
/// A whole site on disk with real symbolic links, built as the command line builds it: every link that leads out
/// of the input folder is a located error, and not one byte from outside reaches any output file.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private const string Secret = "SECRET-FROM-OUTSIDE-THE-INPUT";
    private readonly TempFolder _temp = new();
    private readonly string _input;

    public SymbolicLinkTests()
    {
        _input = _temp.Combine("input");
        foreach (var (path, text) in InlineFiles.Parse($"""
            -- site.yml --
            {TestSite.DefaultSettings}
            -- briefs/b.md --
            ---
            title: B
            summary: S
            date: 2024-01-01
            ---
            Body
            -- files/real.pdf --
            %PDF real
            """))
        {
            Write(Path.Combine(_input, path), text);
        }

        Write(_temp.Combine("passwd"), Secret); // stands in for /etc/passwd
        Write(_temp.Combine("etc", "environ"), Secret);
        Write(_temp.Combine("outside.md"), $"---\ntitle: {Secret}\nsummary: {Secret}\ndate: 2024-01-01\n---\n{Secret}\n");
        Write(_temp.Combine("members.csv"), $"name,type,nations,region,website,logo,description,joined\n{Secret},charity,england,,,,{Secret},2020-01-01\n");
    }

    public void Dispose() => _temp.Dispose();

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Link(string path, string target)
    {
        var full = Path.Combine(_input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    private async Task<BuiltSite> BuildAsync(bool drafts = true)
    {
        var output = new InMemoryOutput();
        using var theme = new RazorThemeRenderer();
        var options = new BuildOptions(new SnapshotFileSystem(new PhysicalFileSystem(_input)), output, new FixedClock(TestSite.DefaultNow), theme) { IncludeDrafts = drafts };
        return new BuiltSite(await SiteBuilder.BuildAsync(options), output);
    }

    private static void AssertNothingFromOutside(BuiltSite site)
    {
        Assert.NotEmpty(site.Report.Files);
        Assert.All(site.Report.Files, f => Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(f.Content.Span)));
        Assert.All(site.Diagnostics, d => Assert.DoesNotContain(Secret, d.Message));
    }

    public static TheoryData<string, string, string> OutsideLinks => new()
    {
        { "files/briefs/x.pdf", "passwd", "MV0410" },
        { "files/etc", "etc", "MV0410" },
        { "briefs/linked.md", "outside.md", "MV0410" },
        { "members.csv", "members.csv", "MV0410" },
        { "news/up.png", "../../passwd", "MV0410" },
    };

    [Theory]
    [MemberData(nameof(OutsideLinks))]
    public async Task A_link_out_of_the_input_is_an_error_at_the_link_and_nothing_from_outside_is_published(string path, string target, string code)
    {
        Link(path, target.StartsWith("..", StringComparison.Ordinal) ? target : _temp.Combine(target));

        var site = await BuildAsync();

        var error = site.AssertDiagnostic(code, path, 1);
        Assert.Contains("real file", error.Hint, StringComparison.Ordinal);
        Assert.Equal(path, site.Errors[0].Location.Path); // the cause comes first
        site.AssertFailedWithoutOutput();
        AssertNothingFromOutside(site);
        Assert.DoesNotContain(site.Diagnostics, d => d.Code == "MV0900");
    }

    [Fact]
    public async Task A_linked_site_yml_is_refused_and_not_read()
    {
        Write(_temp.Combine("site.yml"), $"title: {Secret}\nbase_url: https://test.example.org\n");
        File.Delete(Path.Combine(_input, "site.yml"));
        Link("site.yml", _temp.Combine("site.yml"));

        var site = await BuildAsync();

        site.AssertDiagnostic("MV0410", "site.yml", 1);
        AssertNothingFromOutside(site);
    }

    [Fact]
    public async Task Links_inside_a_linked_folder_are_never_reached()
    {
        Directory.CreateDirectory(_temp.Combine("shared"));
        File.CreateSymbolicLink(_temp.Combine("shared", "inner.pdf"), _temp.Combine("passwd"));
        Link("files/shared", _temp.Combine("shared"));

        var site = await BuildAsync();

        site.AssertDiagnostic("MV0410", "files/shared", 1);
        Assert.Single(site.Errors);
        AssertNothingFromOutside(site);
    }

    [Fact]
    public async Task A_circle_of_links_and_a_dangling_link_are_errors_that_lead_nowhere()
    {
        Link("files/a.pdf", "b.pdf");
        Link("files/b.pdf", "a.pdf");
        Link("files/gone.pdf", "missing.pdf");
        Link("files/self", ".");

        var site = await BuildAsync();

        site.AssertDiagnostic("MV0412", "files/a.pdf", 1);
        site.AssertDiagnostic("MV0412", "files/b.pdf", 1);
        site.AssertDiagnostic("MV0412", "files/gone.pdf", 1);
        site.AssertDiagnostic("MV0411", "files/self", 1);
        Assert.Equal(4, site.Errors.Count);
    }

    [Fact]
    public async Task A_link_to_a_file_inside_the_input_is_published_as_that_file()
    {
        Link("briefs/brief.pdf", "../files/real.pdf");

        var site = await BuildAsync();

        site.AssertSucceeded();
        Assert.Equal("%PDF real", Encoding.UTF8.GetString(site.Files["briefs/brief.pdf"].Content.Span).TrimEnd());
    }

    [Fact]
    public async Task Check_reports_exactly_what_build_reports()
    {
        Link("files/x.pdf", _temp.Combine("passwd"));
        Link("files/gone.pdf", "missing.pdf");

        var build = await BuildAsync();
        using var theme = new RazorThemeRenderer();
        var check = await SiteBuilder.BuildAsync(new BuildOptions(new SnapshotFileSystem(new PhysicalFileSystem(_input)), null, new FixedClock(TestSite.DefaultNow), theme) { IncludeDrafts = true });

        Assert.Equal(build.Diagnostics.Select(d => d.ToString()), check.Diagnostics.Select(d => d.ToString()));
    }
}

using System.Net;
using Movement.Testing;

namespace Movement.Cli.Tests.Preview;

public class LiveReloadTests
{
    [Fact]
    public async Task A_page_that_connects_hears_which_server_and_build_it_talks_to()
    {
        await using var preview = await RunningPreview.StartAsync(SmallSite.Files);
        await using var events = await preview.ListenAsync();

        var hello = await events.NextAsync("hello");

        Assert.Equal(1, hello.GetProperty("build").GetInt32());
        var home = await preview.Http.GetStringAsync(preview.Url("/"));
        Assert.Contains($"data-start=\"{hello.GetProperty("start").GetString()}\"", home);
    }

    [Fact]
    public async Task Editing_a_brief_rebuilds_it_and_tells_open_pages_to_reload()
    {
        await using var preview = await RunningPreview.StartAsync(SmallSite.Files);
        await using var events = await preview.ListenAsync();
        await events.NextAsync("hello");

        await preview.WriteAsync("briefs/workforce.md", SmallSite.Brief.Replace("The first version", "The second version"));

        var reload = await events.NextAsync("reload");
        Assert.Equal(2, reload.GetProperty("build").GetInt32());
        Assert.True(reload.GetProperty("ms").GetDouble() > 0);
        var page = await preview.Http.GetStringAsync(preview.Url("/briefs/workforce/"));
        Assert.Contains("The second version of the body.", page);
        Assert.Contains("data-build=\"2\"", page);
    }

    [Fact]
    public async Task An_invalid_edit_sends_its_errors_while_the_last_good_page_is_still_served_and_fixing_it_reloads()
    {
        await using var preview = await RunningPreview.StartAsync(SmallSite.Files);
        await using var events = await preview.ListenAsync();
        await events.NextAsync("hello");

        await preview.WriteAsync("briefs/workforce.md", SmallSite.Brief.Replace("date: 2024-03-19", "date: 2024-02-31"));

        var errors = await events.NextAsync("errors");
        Assert.Equal(1, errors.GetProperty("build").GetInt32());
        var diagnostic = Assert.Single(errors.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("MV0104", diagnostic.GetProperty("code").GetString());
        Assert.Matches(@"^.*/input/briefs/workforce\.md:4:7: error MV0104: .+\n  hint: .+$", diagnostic.GetProperty("text").GetString());
        var page = await preview.Http.GetAsync(preview.Url("/briefs/workforce/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("The first version of the body.", await page.Content.ReadAsStringAsync());
        Assert.Contains("error MV0104", preview.Error.ToString());

        await using (var late = await preview.ListenAsync())
        {
            await late.NextAsync("hello");
            Assert.Equal("MV0104", (await late.NextAsync("errors")).GetProperty("diagnostics")[0].GetProperty("code").GetString());
        }

        await preview.WriteAsync("briefs/workforce.md", SmallSite.Brief.Replace("The first version", "The fixed version"));

        Assert.Equal(2, (await events.NextAsync("reload")).GetProperty("build").GetInt32());
        Assert.Contains("The fixed version of the body.", await preview.Http.GetStringAsync(preview.Url("/briefs/workforce/")));
    }

    [Fact]
    public async Task Editor_scratch_files_alone_start_no_rebuild()
    {
        await using var preview = await RunningPreview.StartAsync(SmallSite.Files);
        await using var events = await preview.ListenAsync();
        await events.NextAsync("hello");

        await preview.WriteAsync("briefs/workforce.md~", "backup");
        await preview.WriteAsync("briefs/.workforce.md.swp", "swap");
        await preview.WriteAsync("briefs/4913", "");
        await preview.WriteAsync("pages/about.md", "---\ntitle: About the movement\nsummary: Who we are.\n---\nBody\n");

        // Had a scratch file started a build of its own, this would be build 2 without the new title.
        Assert.Equal(2, (await events.NextAsync("reload")).GetProperty("build").GetInt32());
        Assert.Contains("About the movement", await preview.Http.GetStringAsync(preview.Url("/about/")));
    }

    [Fact]
    public async Task A_save_in_steps_sends_one_reload_with_what_the_last_step_wrote()
    {
        // A quiet period long enough that the steps below fall inside it however slow the machine.
        await using var preview = await RunningPreview.StartAsync(SmallSite.Files, quiet: TimeSpan.FromMilliseconds(400));
        await using var events = await preview.ListenAsync();
        await events.NextAsync("hello");

        // As an editor that writes in place saves: the file emptied, then written in two pieces, the first not yet valid.
        await preview.WriteAsync("briefs/workforce.md", "");
        await preview.WriteAsync("briefs/workforce.md", SmallSite.Brief[..12]);
        await preview.WriteAsync("briefs/workforce.md", SmallSite.Brief.Replace("The first version", "The saved version"));

        var reload = await events.NextAsync("reload");
        Assert.Equal(2, reload.GetProperty("build").GetInt32());
        Assert.Contains("The saved version of the body.", await preview.Http.GetStringAsync(preview.Url("/briefs/workforce/")));
        Assert.DoesNotContain("error", preview.Error.ToString());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => events.NextAsync("reload", seconds: 1)); // No second reload.
    }

    [Fact]
    public async Task Editing_the_themes_stylesheet_republishes_it_under_a_new_name()
    {
        var theme = (TempFolder temp) =>
        {
            TempFolder.CopyTree(Path.Combine(RepositoryRoot.Find(), "theme", "wwwroot"), temp.Combine("wwwroot"));
            return temp.Combine("wwwroot");
        };
        await using var preview = await RunningPreview.StartAsync(SmallSite.Files, theme);
        await using var events = await preview.ListenAsync();
        await events.NextAsync("hello");
        var before = StylesheetOf(await preview.Http.GetStringAsync(preview.Url("/")));
        var css = Path.Combine(preview.Input, "..", "wwwroot", "css", "site.css");

        await File.AppendAllTextAsync(css, "\n.preview-test-rule { color: red; }\n");

        await events.NextAsync("reload");
        var after = StylesheetOf(await preview.Http.GetStringAsync(preview.Url("/")));
        Assert.NotEqual(before, after);
        Assert.Contains(".preview-test-rule", await preview.Http.GetStringAsync(preview.Url(after)));
    }

    [Fact]
    public async Task The_built_site_never_contains_the_reload_script()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("_site");

        var run = await CliRun.Of("build", "--input", RepositoryRoot.DemoInput, "--output", output);

        Assert.Equal(0, run.ExitCode);
        var files = TempFolder.Snapshot(output);
        Assert.Contains(files.Keys, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain("_movement", System.Text.Encoding.UTF8.GetString(f.Value)));
    }

    private static string StylesheetOf(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "href=\"(/assets/css/site\\.[0-9a-f]+\\.css)\"").Groups[1].Value;
}

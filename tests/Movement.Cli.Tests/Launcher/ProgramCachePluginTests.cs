using System.Text.RegularExpressions;
using Movement.Testing;

namespace Movement.Cli.Tests.Launcher;

/// <summary>Netlify keeps the compiled program between deploys, through a small build plugin of ours beside the pictures' one.</summary>
public class ProgramCachePluginTests
{
    private const string Folder = ".movement-program.cache";
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void Netlify_builds_through_the_launcher_into_the_folder_the_plugin_keeps()
    {
        var toml = File.ReadAllText(Path.Combine(Root, "netlify.toml"));
        var packages = Regex.Matches(toml, @"\[\[plugins\]\]\s+package\s*=\s*""(?<path>/[^""]+)""").Select(m => m.Groups["path"].Value);
        Assert.Contains("/netlify/plugins/program-cache", packages);
        var plugin = Path.Combine(Root, "netlify", "plugins", "program-cache");
        Assert.Matches(@"(?m)^name: movement-program-cache$", File.ReadAllText(Path.Combine(plugin, "manifest.yml")));
        Assert.Contains($"const folder = '{Folder}';", File.ReadAllText(Path.Combine(plugin, "index.js")));

        var build = File.ReadAllText(Path.Combine(Root, ".ci", "netlify-build.sh"));
        Assert.Contains($"export MOVEMENT_PROGRAM_CACHE=\"$PWD/{Folder}\"", build);
        Assert.Contains("bash src/Movement.Cli/movement", build);
        Assert.Contains(".*.cache/", File.ReadAllLines(Path.Combine(Root, ".gitignore")));
    }

    [Fact]
    public async Task The_plugin_restores_the_folder_before_the_build_and_saves_it_after()
    {
        // Netlify's utils.cache, recorded: the plugin is run as Netlify Build runs it, one event after the other.
        var (exitCode, calls) = await NetlifyBuildPlugin.RunCacheEventsAsync("program-cache");

        Assert.Equal(0, exitCode);
        Assert.Equal($"[\"restore {Folder}\",\"save {Folder}\"]", calls);
    }
}

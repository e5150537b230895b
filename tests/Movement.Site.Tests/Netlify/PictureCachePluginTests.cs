using System.Text.RegularExpressions;
using Movement.Site.Images;
using Movement.Testing;

namespace Movement.Site.Tests.Netlify;

/// <summary>Netlify keeps the folder of drawn pictures between deploys, through a small build plugin of ours.</summary>
public class PictureCachePluginTests
{
    private static readonly string Root = RepositoryRoot.Find();

    /// <summary>The picture store's folder for the deploy's output, relative to the repository: what the plugin must keep.</summary>
    private static string CacheFolder =>
        Path.GetRelativePath(Root, Path.GetDirectoryName(FolderPictureStore.BesideOutput(Path.Combine(Root, "_site")).Folder)!);

    [Fact]
    public void Netlify_toml_names_our_plugin_which_has_a_manifest_and_keeps_the_picture_folder()
    {
        var toml = File.ReadAllText(Path.Combine(Root, "netlify.toml"));
        var package = Regex.Match(toml, @"\[\[plugins\]\]\s+package\s*=\s*""(?<path>/[^""]+)""").Groups["path"].Value;
        Assert.Equal("/netlify/plugins/picture-cache", package);
        var plugin = Path.Combine(Root, package.TrimStart('/'));
        Assert.Matches(@"(?m)^name: movement-picture-cache$", File.ReadAllText(Path.Combine(plugin, "manifest.yml")));
        Assert.Equal("._site.cache", CacheFolder);
        Assert.Contains($"const folder = '{CacheFolder}';", File.ReadAllText(Path.Combine(plugin, "index.js")));
        Assert.Contains(".*.cache/", File.ReadAllLines(Path.Combine(Root, ".gitignore")));
    }

    [Fact]
    public async Task The_plugin_restores_the_folder_before_the_build_and_saves_it_after()
    {
        // Netlify's utils.cache, recorded: the plugin is run as Netlify Build runs it, one event after the other.
        var (exitCode, calls) = await NetlifyBuildPlugin.RunCacheEventsAsync("picture-cache");

        Assert.Equal(0, exitCode);
        Assert.Equal("[\"restore ._site.cache\",\"save ._site.cache\"]", calls);
    }
}

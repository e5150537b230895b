using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Site.Images;
using Movement.Testing;
using Movement.Theme.Rendering;

namespace Movement.Site.Tests.Building;

/// <summary>
/// A build into a folder hands its pages to the output as they are rendered and keeps only their digests:
/// what it publishes must be what a build that keeps everything in memory publishes, byte for byte.
/// </summary>
public class StagedOutputTests
{
    /// <remarks>
    /// With its pictures: the toolkits read back cards that were handed over in the same phase, still waiting in
    /// a batch when they were asked for.
    /// </remarks>
    [Fact]
    public async Task The_demo_built_into_a_folder_is_byte_identical_to_the_demo_built_in_memory()
    {
        var inMemory = await DemoSite.BuildWithPicturesAsync();
        using var temp = new TempFolder();
        var folder = new DirectoryOutput(temp.Combine("_site"));
        using var theme = new RazorThemeRenderer();
        var options = new BuildOptions(new InMemoryFileSystem(DemoSite.Input()), folder, new FixedClock(TestSite.DefaultNow), theme) { Pictures = new MemoryPictureStore() };

        var report = await SiteBuilder.BuildAsync(options);

        Assert.True(report.Committed);
        Assert.Equal(inMemory.Files.Keys.Order(StringComparer.Ordinal), report.Files.Select(f => f.Path));
        Assert.Contains(report.Files, f => f.Staged is not null); // Pages went to the folder as they were rendered.
        foreach (var (path, file) in inMemory.Files)
        {
            Assert.True(file.Content.Span.SequenceEqual(File.ReadAllBytes(Path.Combine(folder.Target, path))), $"{path} differs.");
        }
    }
}

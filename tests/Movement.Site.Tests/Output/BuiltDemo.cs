using System.Text.RegularExpressions;
using Movement.Testing;

namespace Movement.Site.Tests.Output;

/// <summary>The demo site built once in memory, pictures and all, and written to a temp folder, for checks that read the whole output.</summary>
public sealed class BuiltDemo : IDisposable
{
    private readonly TempFolder _folder = new();

    public BuiltDemo()
    {
        Site = DemoSite.BuildWithPicturesAsync().GetAwaiter().GetResult();
        Site.AssertSucceeded();
        foreach (var file in Site.Report.Files)
        {
            var path = Path.Combine(_folder.Path, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content.ToArray());
        }

        BaseUrl = Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot.DemoInput, "site.yml")), @"^base_url:\s*(\S+)", RegexOptions.Multiline).Groups[1].Value.TrimEnd('/');
    }

    public BuiltSite Site { get; }

    /// <summary>The folder holding the written site.</summary>
    public string Folder => _folder.Path;

    /// <summary>The demo's own address: absolute links that start with it point into the site.</summary>
    public string BaseUrl { get; }

    public IEnumerable<string> Paths(params string[] extensions) =>
        Site.Files.Keys.Where(p => extensions.Any(e => p.EndsWith(e, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal);

    public void Dispose() => _folder.Dispose();
}

using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipeline;
using Movement.Site.Content;

namespace Movement.Site.Assets;

/// <summary>
/// Copies every input file that is not content (PDFs, images) to the same path in the output, and warns
/// about content-looking files in places no content type reads, which would otherwise vanish silently.
/// </summary>
public sealed class CopyStaticFiles(ContentTypes types) : IModule
{
    private static readonly HashSet<string> ContentExtensions = [".md", ".markdown", ".yml", ".yaml", ".csv"];
    private const string SettingsFile = "site.yml";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var contentGlobs = types.All.Select(t => new Glob(t.Pattern)).ToList();
        var copied = ImmutableArray.CreateBuilder<Document>();
        foreach (var path in context.Input.ListFiles())
        {
            if (!ContentExtensions.Contains(SitePath.Extension(path)))
            {
                copied.Add(new Document { Source = path, Destination = path, Bytes = context.Input.ReadAllBytes(path) });
            }
            else if (path != SettingsFile && !contentGlobs.Any(g => g.IsMatch(path)))
            {
                context.Diagnostics.Report(Diagnostic.Warning("MV0109", new SourceLocation(path), "This file is not in a content folder, so it is not published.",
                    "Move it into one of: briefs/, news/, pages/, members/, theory-of-change/, awareness-week/<year>/ (or awareness-week/<year>/resources/)."));
            }
        }

        return Task.FromResult(inputs.AddRange(copied));
    }
}

using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Content;

namespace Movement.Site.Assets;

/// <summary>
/// Copies every input file that is not content to the same path in the output when its type is on the allow-list
/// (<see cref="PublishedFileTypes"/>), says why about the others, and warns about content-looking files in places
/// no content type reads, which would otherwise vanish silently.
/// </summary>
public sealed class CopyStaticFiles(ContentTypes types) : IModule
{
    private static readonly HashSet<string> ContentExtensions = [".md", ".markdown", ".yml", ".yaml", ".csv"];
    private const string SettingsFile = "site.yml";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var contentGlobs = types.All.SelectMany(t => Languages.TranslationFiles.PatternsWithTranslations(t.Pattern)).Select(p => new Glob(p)).ToList();
        var copied = ImmutableArray.CreateBuilder<Document>();
        foreach (var path in context.Input.ListFiles())
        {
            if (!ContentExtensions.Contains(SitePath.Extension(path)))
            {
                if (Publishable(path, context.Diagnostics))
                {
                    copied.Add(new Document { Source = path, Destination = path, Bytes = context.Input.ReadAllBytes(path) });
                }
            }
            else if (path != SettingsFile && !contentGlobs.Any(g => g.IsMatch(path)))
            {
                context.Diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.OutsideContentFolders, new SourceLocation(path), "This file is not in a content folder, so it is not published.",
                    $"Move it to where a content type reads its files: {string.Join(", ", types.All.Select(t => t.PagePattern))} (* is any name)."));
            }
        }

        return Task.FromResult(inputs.AddRange(copied));
    }

    /// <summary>Whether a file may be published as it is, reporting why when it may not (see <see cref="PublishedFileTypes"/>).</summary>
    private static bool Publishable(string path, IDiagnostics diagnostics)
    {
        var kind = PublishedFileTypes.KindOf(path);
        var at = new SourceLocation(path);
        switch (kind)
        {
            case FileKind.Active:
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ActiveContent, at, $"A '{SitePath.Extension(path)}' file would run as part of the site, so files of this type are never published from input/.",
                    "Delete it. To share a web page, link to it where it lives (https://...); to share its content, write it as a Markdown page in pages/ or as a PDF."));
                break;
            case FileKind.Leftover:
                diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.LeftoverFile, at, "This looks like a lock file, backup or system file an editor left behind; it is not published.",
                    "Delete it from input/ (close the document first if it is a '~$' lock file); it is safe to remove."));
                break;
            case FileKind.Unknown:
                diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.UnpublishedFileType, at, $"Files of type '{SitePath.Extension(path)}' are not published.",
                    "Save it as a PDF, an image (PNG, JPEG, SVG), a document (DOCX, XLSX, PPTX, ODT), TXT or ZIP, or delete it."));
                break;
        }

        return kind == FileKind.Published;
    }
}

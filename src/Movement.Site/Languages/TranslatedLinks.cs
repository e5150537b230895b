using System.Text;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Markdown;
using Movement.Site.Content;

namespace Movement.Site.Languages;

/// <summary>
/// Where a Markdown link to another content file goes, with translations in mind. The rule:
/// <list type="bullet">
/// <item>A link to a translation (<c>../briefs/y.cy.md</c>, <c>/briefs/y.cy.md</c>) goes to that Welsh page, at its
/// Welsh <c>slug:</c> if it has one.</item>
/// <item>In a translation, a link to an English file (<c>y.md</c>) goes to its version in the same language when one
/// exists, so a Welsh reader stays in Welsh; without one it goes to the English page, as written.</item>
/// <item>A link to a translation that does not exist goes to the English page and is reported (MV0845) at the link.</item>
/// </list>
/// Links are made while each file is rendered, before other files are parsed, so the target's file and its
/// <c>slug:</c> line are read from the input here.
/// </summary>
public sealed class TranslatedLinks(ContentTypes types, IFileSystem input)
{
    /// <summary>The page address of <paramref name="target"/> (an input path) for a link written in <paramref name="from"/>.</summary>
    public string? UrlOf(string from, string target)
    {
        if (TranslationFiles.IsTranslation(target))
        {
            return input.Exists(target) ? TranslationUrl(target) : types.UrlOfSource(TranslationFiles.EnglishSourceOf(target));
        }

        var lang = TranslationFiles.LanguageOf(from);
        if (lang != Language.English && TranslationFiles.TranslationOf(target, lang) is var translation && input.Exists(translation))
        {
            return TranslationUrl(translation);
        }

        return types.UrlOfSource(target);
    }

    /// <summary>Reports each link of a rendered body to a translation that does not exist (MV0845).</summary>
    public void Check(string from, RenderedMarkdown body, IDiagnostics diagnostics)
    {
        foreach (var link in body.Links)
        {
            var written = link.Written ?? "";
            var path = written.Split('#')[0];
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || MarkdownPathOf(from, path) is not { } target
                || !TranslationFiles.IsTranslation(target) || input.Exists(target))
            {
                continue;
            }

            var english = TranslationFiles.EnglishSourceOf(target);
            var lang = Language.NameOf(TranslationFiles.LanguageOf(target));
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.TranslationLinkMissing, link.Location,
                $"The link to '{written}' has no page: {english} has no {lang} translation yet, so the link goes to the English page.",
                input.Exists(english)
                    ? $"Link to the English file ({SitePath.FileName(english)}) to say so, or add the {lang} translation {target}."
                    : $"Check the file name: neither {target} nor its English original {english} exists."));
        }
    }

    private static string? MarkdownPathOf(string from, string written) => SitePath.Resolve(SitePath.Directory(from), written);

    /// <summary>A translation's address: its English file's URL rule with its own slug if it sets one, under the language's prefix.</summary>
    private string? TranslationUrl(string translation)
    {
        var english = TranslationFiles.EnglishSourceOf(translation);
        return types.UrlOfSource(english, SlugOf(translation)) is { } url ? Language.UrlIn(TranslationFiles.LanguageOf(translation), url) : null;
    }

    /// <summary>The 'slug:' line of a file's front matter, if it has one; a full parse waits for the file's own turn.</summary>
    private string? SlugOf(string path)
    {
        var lines = Encoding.UTF8.GetString(input.ReadAllBytes(path)).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        foreach (var line in lines.Skip(1).TakeWhile(l => l.TrimEnd() != "---"))
        {
            if (line.StartsWith("slug:", StringComparison.Ordinal))
            {
                var slug = line["slug:".Length..].Trim().Trim('"', '\'');
                return Slugs.IsValid(slug) ? slug : null;
            }
        }

        return null;
    }
}

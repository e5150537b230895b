using Movement.Core.IO;

namespace Movement.Site.Languages;

/// <summary>
/// The one pairing rule for every content type: a translation sits beside its English file and adds the language
/// before the extension ("briefs/five-calls.md" and "briefs/five-calls.cy.md"). The English path is the pair's key,
/// so a type's folder, URL rule and slug rule hold for both languages without a word about translations.
/// </summary>
public static class TranslationFiles
{
    /// <summary>The language a file is written in, from its name.</summary>
    public static string LanguageOf(string source)
    {
        var name = SitePath.FileNameWithoutExtension(source);
        var dot = name.LastIndexOf('.');
        return dot > 0 && Language.Known.Contains(name[(dot + 1)..]) && name[(dot + 1)..] != Language.English ? name[(dot + 1)..] : Language.English;
    }

    public static bool IsTranslation(string source) => LanguageOf(source) != Language.English;

    /// <summary>The English file a translation is made from: "briefs/x.cy.md" gives "briefs/x.md".</summary>
    public static string EnglishSourceOf(string source)
    {
        var lang = LanguageOf(source);
        if (lang == Language.English)
        {
            return source;
        }

        var extension = SitePath.Extension(source);
        return source[..^(extension.Length + lang.Length + 1)] + extension;
    }

    /// <summary>
    /// The patterns that read a type's files and their translations: "awareness-week/*/index.md" also reads
    /// "awareness-week/*/index.cy.md". Patterns for other files (the members' spreadsheet) stay as they are.
    /// </summary>
    public static IEnumerable<string> PatternsWithTranslations(string pattern)
    {
        yield return pattern;
        if (pattern.EndsWith(".md", StringComparison.Ordinal) && !pattern.EndsWith("*.md", StringComparison.Ordinal))
        {
            foreach (var lang in Language.Known.Where(l => l != Language.English))
            {
                yield return TranslationOf(pattern, lang);
            }
        }
    }

    /// <summary>Where the translation of an English file goes: "briefs/x.md" gives "briefs/x.cy.md".</summary>
    public static string TranslationOf(string englishSource, string lang)
    {
        var extension = SitePath.Extension(englishSource);
        return englishSource[..^extension.Length] + "." + lang + extension;
    }
}

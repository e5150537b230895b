namespace Movement.Site.Languages;

/// <summary>
/// The languages a page can be in. English is the source language: every translation is made from an English
/// file, so English URLs stay as they were and each other language's pages sit under its own prefix.
/// </summary>
public static class Language
{
    public const string English = "en";

    public const string Welsh = "cy";

    /// <summary>Every language Movement has interface strings and search rules for.</summary>
    public static IReadOnlyList<string> Known { get; } = [English, Welsh];

    /// <summary>A language's name in English, for messages to authors.</summary>
    public static string NameOf(string lang) => lang switch { English => "English", Welsh => "Welsh", _ => lang };

    /// <summary>The prefix of a language's pages: none for English, "/cy" for Welsh.</summary>
    public static string PathPrefix(string lang) => lang == English ? "" : "/" + lang;

    /// <summary>A site address in another language: "/briefs/x/" becomes "/cy/briefs/x/".</summary>
    public static string UrlIn(string lang, string englishUrl) => PathPrefix(lang) + englishUrl;

    /// <summary>The language of a site address, from its prefix.</summary>
    public static string OfUrl(string url) =>
        Known.FirstOrDefault(l => l != English && (url == PathPrefix(l) + "/" || url.StartsWith(PathPrefix(l) + "/", StringComparison.Ordinal))) ?? English;

    /// <summary>The English address of a page in any language: "/cy/briefs/x/" becomes "/briefs/x/".</summary>
    public static string EnglishUrlOf(string url) => OfUrl(url) is var lang && lang == English ? url : url[PathPrefix(lang).Length..];
}

using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Markdown;
using Movement.Core.Pipelines;
using Movement.Core.Schema;
using Movement.Site.Aliases;
using Movement.Site.Calendar;
using Movement.Site.Checks;
using Movement.Site.Content;
using Movement.Site.Languages;
using Movement.Site.Settings;

namespace Movement.Site.Modules;

/// <summary>
/// Turns documents with front matter into typed content: validates the fields against the type's schema,
/// binds them to the type's record, works out the slug and URL, and holds back drafts and future-dated items.
/// <see cref="RenderMarkdown"/> then renders the body.
/// </summary>
public sealed class ParseContent(ContentType type, SiteSettings settings, bool includeDrafts) : IModule
{
    private readonly Glob _files = new(type.Pattern);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var validator = new SchemaValidator(context.Diagnostics, context.Input);
        return Task.FromResult(EachDocument.InParallel(inputs, context.CancellationToken, document => ParseOne(document, validator, today, context)));
    }

    private Document ParseOne(Document document, SchemaValidator validator, DateOnly today, IExecutionContext context)
    {
        var source = document.Source ?? "";
        if (!_files.IsMatch(TranslationFiles.EnglishSourceOf(source)) || !document.Has(CoreKeys.FrontMatter))
        {
            return document; // Another type's document in a pipeline that reads several.
        }

        var raw = document.Require(CoreKeys.FrontMatter);
        var fields = validator.Validate(type.Schema, raw, SitePath.Directory(source));
        var bindContext = new BindContext(source, settings, context.Input, context.Diagnostics);
        var item = WithCommonFields(type.Bind(fields, bindContext), fields, source, context.Diagnostics);
        PlaceholderCheck.Report(raw, document.Get(CoreKeys.Body), document.Get(CoreKeys.BodyFirstLine), item.IsDraft, context.Diagnostics);

        var heldBack = HeldBack(item, today);
        if (heldBack is not null)
        {
            var held = document.With(SiteKeys.HeldBack, heldBack).With(CoreKeys.Url, item.Url);
            return !item.IsDraft && item.Date is { } date ? held.With(SiteKeys.ScheduledFor, date) : held;
        }

        // The raw front matter stays only where a later check points inside a list (each alias on its own line):
        // a spreadsheet of 100,000 members would otherwise keep every cell's raw value beside its bound one.
        var kept = fields.Has("aliases") ? document : document with { Metadata = document.Metadata.Remove(CoreKeys.FrontMatter.Name) };
        var published = kept
            .With(SiteKeys.Item, item)
            .With(SiteKeys.Fields, fields)
            .With(CoreKeys.Url, item.Url);
        return fields.Has("slug") ? published.With(CoreKeys.UrlClaim, fields.LocationOf("slug")) : published;
    }

    private ContentItem WithCommonFields(ContentItem item, FieldValues fields, string source, IDiagnostics diagnostics)
    {
        // A translation takes its English file's slug and URL rule, under its language's prefix (TranslationFiles).
        var lang = TranslationFiles.LanguageOf(source);
        var english = TranslationFiles.EnglishSourceOf(source);
        CheckLanguageField(fields, source, lang, diagnostics);
        var slug = fields.Text("slug") ?? type.DefaultSlug(english);
        if (!Slugs.IsValid(slug))
        {
            var suggestion = Slugs.From(slug);
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidSlug, fields.LocationOf("slug"), $"'{slug}' cannot be used in a web address.",
                fields.Has("slug")
                    ? $"Use only lowercase letters, digits and hyphens, for example slug: {suggestion}"
                    : $"Rename the file using only lowercase letters, digits and hyphens, for example {suggestion}{SitePath.Extension(source)}"));
            slug = suggestion.Length > 0 ? suggestion : "item";
        }

        if (slug.Length > Slugs.MaxLength)
        {
            var shorter = Slugs.Shorten(slug);
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SlugTooLong, fields.Has("slug") ? fields.LocationOf("slug") : new SourceLocation(source), $"The web address name '{slug[..40]}...' is {slug.Length} characters long; at most {Slugs.MaxLength} are allowed.",
                fields.Has("slug")
                    ? $"Use a shorter slug of a few words, for example slug: {shorter}"
                    : $"Rename the file to a few words, for example {shorter}{SitePath.Extension(source)}, or set a short 'slug:' in its front matter."));
            slug = shorter;
        }

        return item with
        {
            Source = source,
            Slug = slug,
            Url = Language.UrlIn(lang, type.UrlFor(slug, english)),
            Title = item.Title.Length > 0 ? item.Title : fields.RequiredText("title"),
            Summary = item.Summary.Length > 0 ? item.Summary : fields.Text("summary") ?? "",
            Description = fields.Text("description") ?? "",
            Date = item.Date ?? fields.Date("date"),
            Updated = fields.Date("updated"),
            Topics = fields.TextList("topics"),
            Nations = fields.TextList("nations"),
            Aliases = ValidAliases(fields, diagnostics),
            Lang = lang,
            TranslatedFrom = fields.Text("translated_from"),
            IsDraft = fields.Text("status") == "draft",
        };
    }

    /// <summary>The file name says the language; a 'lang:' that says otherwise would put the page in the wrong place.</summary>
    private static void CheckLanguageField(FieldValues fields, string source, string lang, IDiagnostics diagnostics)
    {
        if (fields.Text("lang") is { } given && given != lang)
        {
            var fix = given == Language.English
                ? $"Remove 'lang: {given}', or rename the file to {TranslationFiles.EnglishSourceOf(source)} if it is the English original."
                : $"Rename the file to {TranslationFiles.TranslationOf(TranslationFiles.EnglishSourceOf(source), given)}, beside its English original, and remove the 'lang:' line: the file name says the language.";
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.LanguageDiffersFromFileName, fields.LocationOf("lang"),
                $"'lang: {given}' says this page is in {Language.NameOf(given)}, but its file name makes it {Language.NameOf(lang)}.", fix));
        }
    }

    private static IReadOnlyList<string> ValidAliases(FieldValues fields, IDiagnostics diagnostics)
    {
        var aliases = new List<string>();
        foreach (var alias in fields.TextList("aliases"))
        {
            var trimmed = "/" + alias.Trim('/') + "/";
            if (!OldAddresses.IsSafe(alias))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnsafeAlias, fields.LocationOf("aliases"), $"The old address '{alias}' is not a safe site address.",
                    "Write old addresses as they appear after the site's domain, e.g. /policy/old-name/, using letters, digits and hyphens."));
                continue;
            }

            if (OutputPathLimits.Problem(SitePath.OutputFileForUrl(trimmed)) is { } problem)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnwritablePath, fields.LocationOf("aliases"), $"The old address '{trimmed[..Math.Min(60, trimmed.Length)]}...' cannot be written as a page: {problem}.",
                    "Use a shorter old address (each part at most 80 characters), or leave this one out."));
                continue;
            }

            aliases.Add(trimmed);
        }

        return aliases;
    }

    private string? HeldBack(ContentItem item, DateOnly today)
    {
        if (includeDrafts)
        {
            return null;
        }

        if (item.IsDraft)
        {
            return "it is a draft";
        }

        return type.WaitsForDate && item.Date is { } date && date > today
            ? $"it is scheduled to appear on {date:yyyy-MM-dd}"
            : null;
    }
}

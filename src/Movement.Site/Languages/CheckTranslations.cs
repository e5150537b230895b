using System.Collections.Immutable;
using System.Globalization;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Content;
using Movement.Site.Pipelines;

namespace Movement.Site.Languages;

/// <summary>
/// Checks the translation pairs among a pipeline's documents: each translation has its English file, is in a
/// language the site publishes, and repeats the facts both pages state (dates, nations, a brief's number of asks);
/// with 'untranslated: fail', each English item has every translation. Drafts count, so a Welsh page is not an
/// orphan while its English original waits for its date.
/// </summary>
public sealed class CheckTranslations(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var sources = inputs.Select(d => d.Source).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var items = inputs.Where(d => d.Has(SiteKeys.Item) && d.Source is not null).ToDictionary(d => d.Source!, StringComparer.Ordinal);
        foreach (var (source, document) in items)
        {
            var item = document.Require(SiteKeys.Item);
            if (item.Lang == Language.English)
            {
                CheckTranslated(source, document, sources, context.Diagnostics);
                continue;
            }

            var fields = document.Require(SiteKeys.Fields);
            var english = TranslationFiles.EnglishSourceOf(source);
            if (!site.Settings.Unreadable && !site.Settings.Languages.Contains(item.Lang))
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.LanguageNotPublished, new SourceLocation(source),
                    $"This is a {Language.NameOf(item.Lang)} page, but site.yml does not publish the site in {Language.NameOf(item.Lang)}.",
                    $"Add it to site.yml: languages: [{string.Join(", ", site.Settings.Languages.Append(item.Lang))}]"));
            }

            if (!sources.Contains(english))
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TranslationWithoutSource, new SourceLocation(source),
                    $"This {Language.NameOf(item.Lang)} page has no English original: there is no {english}.",
                    $"Write the English page as {english} beside it (the pair shares one name), or rename this file after its English original."));
            }
            else if (items.TryGetValue(english, out var original))
            {
                CheckFacts(item, fields, original.Require(SiteKeys.Item), context.Diagnostics);
            }
        }

        return Task.FromResult(inputs);
    }

    private void CheckTranslated(string source, Document document, HashSet<string> sources, IDiagnostics diagnostics)
    {
        if (site.Settings.Untranslated != UntranslatedPolicy.Fail)
        {
            return;
        }

        foreach (var lang in site.Settings.Languages.Where(l => l != Language.English))
        {
            var translation = TranslationFiles.TranslationOf(source, lang);
            if (!sources.Contains(translation))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingTranslation, new SourceLocation(source),
                    $"This page has no {Language.NameOf(lang)} version, and site.yml says 'untranslated: fail'.",
                    $"Write its translation as {translation}, or set 'untranslated: list' in site.yml to list it as not yet translated."));
            }
        }
    }

    private void CheckFacts(ContentItem translation, Core.Schema.FieldValues fields, ContentItem original, IDiagnostics diagnostics)
    {
        var type = site.Types.Require(original.Kind);
        var theirs = FactsOf(type, original).ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
        foreach (var fact in FactsOf(type, translation))
        {
            if (theirs.TryGetValue(fact.Field, out var value) && value != fact.Value)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TranslationFactsDiffer, fields.LocationOf(fact.Field),
                    $"'{fact.Field}' is {Shown(fact.Value)} here but {Shown(value)} in the English page {original.Source}.",
                    $"A translation states the same facts as its original: make '{fact.Field}' {Shown(value)} in both, or change the English first."));
            }
        }
    }

    private static IEnumerable<SharedFact> FactsOf(ContentType type, ContentItem item) =>
    [
        new("date", item.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        new("nations", string.Join(", ", item.Nations.Order(StringComparer.Ordinal))),
        .. type.SharedFacts(item),
    ];

    private static string Shown(string value) => value.Length == 0 ? "not given" : $"'{value}'";
}

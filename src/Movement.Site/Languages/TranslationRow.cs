namespace Movement.Site.Languages;

/// <summary>One English page and its translation into one language: where it stands and what to write to mark it current.</summary>
/// <param name="Fingerprint">The English file's fingerprint now: a translator who brings the translation up to date writes it as 'translated_from'.</param>
/// <param name="TranslationSource">The translation's file, or where to write it when it is missing.</param>
public sealed record TranslationRow(string Kind, string Title, string Url, string Source, string Lang, TranslationState State, string? TranslationUrl, string TranslationSource, string Fingerprint);

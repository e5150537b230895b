namespace Movement.Site.Languages;

/// <summary>Where a page's translation into one language stands, for the staff's translation-status page.</summary>
public enum TranslationState
{
    /// <summary>No translation yet.</summary>
    Missing,

    /// <summary>The English file changed after the translation was made from it.</summary>
    OutOfDate,

    /// <summary>The translation does not say which English version it was made from ('translated_from').</summary>
    NotRecorded,

    /// <summary>Made from the English file as it is now.</summary>
    UpToDate,
}

namespace Movement.Site.Languages;

/// <summary>What a Welsh listing does with an item that has no Welsh version yet (site.yml 'untranslated').</summary>
public enum UntranslatedPolicy
{
    /// <summary>List it, marked "not yet available in Welsh" and linking the English page, in English (lang="en").</summary>
    List,

    /// <summary>Fail the build: for sites bound to publish both languages at once.</summary>
    Fail,
}

using Movement.Core.Schema;

namespace Movement.Site.Cms;

/// <summary>
/// How the editing UI treats a field in a translation (the field's 'i18n' option): words are written in each
/// language ("true"); the facts a pair shares are copied from the English and cannot be changed in the Welsh
/// ("duplicate"), so an editor cannot make the pair differ where CheckTranslations would refuse it (dates, nations)
/// or where the site links by them (topics, related briefs); the language and an ask's tracker id are the English
/// file's only ("none"): a translation's file name says its language, and its asks are the English asks in order.
/// </summary>
public static class FieldTranslation
{
    public const string Duplicate = "duplicate";

    public const string None = "none";

    /// <returns>true, "duplicate" or "none", as the config writes them.</returns>
    public static object For(FieldDefinition field) => field.Name switch
    {
        // An ask's tracker id is the English file's alone: the tracker keeps each id once (a second is MV0801), and
        // the Welsh ask is the English ask at the same place, which CheckTranslations keeps by counting the asks.
        "lang" or "id" => None,
        // Related briefs are named by their English slugs, which both languages' pages link by.
        "related" => Duplicate,
        _ => field.Kind switch
        {
            FieldKind.Date or FieldKind.DateTime or FieldKind.Boolean or FieldKind.Integer or FieldKind.File
                or FieldKind.Choice or FieldKind.ChoiceList => Duplicate,
            // Text, and web addresses (a Welsh page may link a partner's Welsh page). A list of objects is translated
            // item by item; its own fields say what is copied (an ask's id) and what is not.
            _ => true,
        },
    };
}

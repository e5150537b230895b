namespace Movement.Core.Schema;

public enum FieldKind
{
    /// <summary>One line of plain text.</summary>
    Text,

    /// <summary>Longer plain text (a summary, a description).</summary>
    LongText,

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    Date,

    /// <summary>A date with an optional time of day, written YYYY-MM-DD HH:MM (24-hour, the site's local time).</summary>
    DateTime,

    Boolean,

    Integer,

    /// <summary>An absolute http(s) web address.</summary>
    Url,

    /// <summary>A path to a file in the input, relative to the content file or from the input root.</summary>
    File,

    /// <summary>One of a fixed list of values.</summary>
    Choice,

    /// <summary>A list of plain text values.</summary>
    TextList,

    /// <summary>A list of values each from a fixed list.</summary>
    ChoiceList,

    /// <summary>A list of small records, each with its own fields.</summary>
    ObjectList,
}

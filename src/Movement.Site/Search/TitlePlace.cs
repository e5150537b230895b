namespace Movement.Site.Search;

/// <summary>
/// Where a term stands in its page's title, packed in one number a posting carries: 0 when it is not in the
/// title, else the title's length and the term's place, both counted without stop words. A query whose words
/// fill the title in order is the page's exact title; in order but fewer, a phrase of it.
/// </summary>
public static class TitlePlace
{
    /// <summary>Places at or beyond this are not recorded: no one types a title that long.</summary>
    public const int MaxIndex = 31;

    public const int None = 0;

    public static int Of(int index, int length) => index >= MaxIndex ? None : (length * (MaxIndex + 1)) + index + 1;

    public static int IndexOf(int place) => (place % (MaxIndex + 1)) - 1;

    public static int LengthOf(int place) => place / (MaxIndex + 1);
}

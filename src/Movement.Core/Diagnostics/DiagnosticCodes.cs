namespace Movement.Core.Diagnostics;

/// <summary>
/// Every diagnostic code Movement reports, in one place: the README's table explains each to authors, and a test
/// keeps the two and the code in step (no code is written as a literal anywhere else).
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The front matter (or a YAML file) is not valid YAML.</summary>
    public const string InvalidYaml = "MV0001";

    /// <summary>Front matter missing, or opened with --- and never closed.</summary>
    public const string MissingFrontMatter = "MV0002";

    /// <summary>The same field given twice.</summary>
    public const string DuplicateField = "MV0003";

    /// <summary>The front matter is not a list of name: value lines.</summary>
    public const string NotAMapping = "MV0004";

    /// <summary>YAML nested more than 64 levels deep.</summary>
    public const string YamlTooDeep = "MV0005";

    /// <summary>YAML aliases that repeat more than 10,000 values in all.</summary>
    public const string YamlAliasBomb = "MV0006";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "MV0101";

    /// <summary>A value of the wrong shape: a list where one value is expected, or the reverse.</summary>
    public const string WrongShape = "MV0102";

    /// <summary>A value that is not one of the allowed ones.</summary>
    public const string NotAllowed = "MV0103";

    /// <summary>A date that is not a real YYYY-MM-DD date.</summary>
    public const string InvalidDate = "MV0104";

    /// <summary>(warning) A field this type does not know.</summary>
    public const string UnknownField = "MV0105";

    /// <summary>A web address that is not a full https:// address.</summary>
    public const string InvalidWebAddress = "MV0106";

    /// <summary>A required field left empty.</summary>
    public const string EmptyField = "MV0107";

    /// <summary>An awareness week that ends before it starts.</summary>
    public const string WeekEndsBeforeStart = "MV0108";

    /// <summary>(warning) A content file outside the content folders, so not published.</summary>
    public const string OutsideContentFolders = "MV0109";

    /// <summary>A value YAML read as a comment: an unquoted # after the colon.</summary>
    public const string ValueReadAsComment = "MV0110";

    /// <summary>A colon followed by no space or by a non-breaking space.</summary>
    public const string NoSpaceAfterColon = "MV0111";

    /// <summary>(warning) A web address starting http:// where https:// is expected.</summary>
    public const string PlainHttp = "MV0112";

    /// <summary>A date-and-time field with something after the date that is not a 24-hour time.</summary>
    public const string InvalidTime = "MV0113";

    /// <summary>A referenced file does not exist.</summary>
    public const string MissingFile = "MV0201";

    /// <summary>A reference that points outside input/ or to a web address where a file is expected.</summary>
    public const string FileOutsideInput = "MV0202";

    /// <summary>An image without alt text.</summary>
    public const string ImageWithoutAlt = "MV0203";

    /// <summary>Two items claim the same address.</summary>
    public const string DuplicateAddress = "MV0301";

    /// <summary>A link to a page that does not exist.</summary>
    public const string BrokenLink = "MV0302";

    /// <summary>A slug or file name that cannot be used in a web address.</summary>
    public const string InvalidSlug = "MV0303";

    /// <summary>An alias that is not a safe site address.</summary>
    public const string UnsafeAlias = "MV0304";

    /// <summary>A related brief that does not exist.</summary>
    public const string UnknownRelatedBrief = "MV0305";

    /// <summary>A link to a section that is not on its page.</summary>
    public const string BrokenAnchor = "MV0306";

    /// <summary>(warning) HTML in the Markdown that is not on the allow-list, removed.</summary>
    public const string HtmlRemoved = "MV0307";

    /// <summary>A slug longer than 80 characters.</summary>
    public const string SlugTooLong = "MV0310";

    /// <summary>An output file no file system could write.</summary>
    public const string UnwritablePath = "MV0311";

    /// <summary>(warning) Links to a file that could not be read, counted once after its error.</summary>
    public const string LinksToUnreadableFile = "MV0330";

    /// <summary>A link that is a web address without https://, read as a file beside the page.</summary>
    public const string LinkWithoutScheme = "MV0331";

    /// <summary>An awareness week folder that is not a year.</summary>
    public const string WeekFolderNotAYear = "MV0332";

    /// <summary>An empty file.</summary>
    public const string EmptyFile = "MV0401";

    /// <summary>A binary file where text is expected.</summary>
    public const string BinaryFile = "MV0402";

    /// <summary>A file that is not UTF-8 text.</summary>
    public const string NotUtf8 = "MV0403";

    /// <summary>(warning) Invisible control characters in a text file, removed.</summary>
    public const string ControlCharacter = "MV0404";

    /// <summary>A symbolic link that leads outside input/.</summary>
    public const string LinkOutsideInput = "MV0410";

    /// <summary>A symbolic link to a folder.</summary>
    public const string LinkToFolder = "MV0411";

    /// <summary>A symbolic link that leads nowhere.</summary>
    public const string LinkToNowhere = "MV0412";

    /// <summary>A file larger than the input's limit, not read.</summary>
    public const string FileTooLarge = "MV0416";

    /// <summary>(warning) A file type that is not published.</summary>
    public const string UnpublishedFileType = "MV0413";

    /// <summary>HTML, a script or other active content in input/: never published.</summary>
    public const string ActiveContent = "MV0414";

    /// <summary>(warning) A lock file, backup or system file left behind.</summary>
    public const string LeftoverFile = "MV0415";

    /// <summary>Markdown nesting too deep.</summary>
    public const string MarkdownTooDeep = "MV0420";

    /// <summary>A Markdown paragraph with too many emphasis marks or table cells.</summary>
    public const string MarkdownTooLarge = "MV0421";

    /// <summary>The members spreadsheet lacks a column.</summary>
    public const string CsvMissingColumn = "MV0501";

    /// <summary>A row of the members spreadsheet is malformed.</summary>
    public const string CsvMalformedRow = "MV0502";

    /// <summary>The members spreadsheet is not saved as UTF-8.</summary>
    public const string CsvNotUtf8 = "MV0503";

    /// <summary>site.yml is missing.</summary>
    public const string SettingsMissing = "MV0601";

    /// <summary>A navigation address that is not a site page or an allowed address.</summary>
    public const string InvalidNavigationAddress = "MV0602";

    /// <summary>contact_email is not an email address.</summary>
    public const string InvalidContactEmail = "MV0603";

    /// <summary>current_awareness_week is not a year.</summary>
    public const string InvalidWeekYear = "MV0604";

    /// <summary>current_awareness_week names no published week.</summary>
    public const string UnknownCurrentWeek = "MV0605";

    /// <summary>featured_brief names no published brief.</summary>
    public const string UnknownFeaturedBrief = "MV0606";

    /// <summary>repository is not owner/name.</summary>
    public const string InvalidRepository = "MV0607";

    /// <summary>A TODO placeholder left in a published item.</summary>
    public const string PlaceholderLeft = "MV0608";

    /// <summary>(warning) A draft still has TODO placeholders.</summary>
    public const string DraftPlaceholders = "MV0609";

    /// <summary>An awareness week whose start year is not its folder's year.</summary>
    public const string WeekInWrongFolder = "MV0610";

    /// <summary>api_page_size is not from 1 to 100.</summary>
    public const string InvalidApiPageSize = "MV0620";

    /// <summary>A search_synonyms entry with fewer than two different words or phrases.</summary>
    public const string SynonymsTooFew = "MV0650";

    /// <summary>A search synonym with no letters or digits.</summary>
    public const string SynonymWithoutWords = "MV0651";

    /// <summary>A search synonym made only of stop words, or longer than eight words.</summary>
    public const string SynonymStopWordsOrLong = "MV0652";

    /// <summary>A word in two search_synonyms entries.</summary>
    public const string SynonymInTwoEntries = "MV0653";

    /// <summary>A field that names another item names none.</summary>
    public const string UnknownReference = "MV0680";

    /// <summary>An event that starts on a day but ends at a time, or the reverse.</summary>
    public const string EventDayAndTimeMixed = "MV0681";

    /// <summary>An event that ends before it starts.</summary>
    public const string EventEndsBeforeStart = "MV0682";

    /// <summary>An in-person or hybrid event without a venue.</summary>
    public const string EventWithoutVenue = "MV0683";

    /// <summary>(warning) An event that is over but still has a booking link.</summary>
    public const string PastEventBooking = "MV0684";

    /// <summary>(warning) An SVG resource that is not well-formed XML.</summary>
    public const string SvgNotWellFormed = "MV0700";

    /// <summary>A tracker file whose name is no ask's id.</summary>
    public const string UnknownTrackedAsk = "MV0800";

    /// <summary>Two asks with the same id, in one brief or two.</summary>
    public const string DuplicateAskId = "MV0801";

    /// <summary>A tracker entry dated before an earlier entry for the same government.</summary>
    public const string TrackerEntryOutOfOrder = "MV0802";

    /// <summary>Evidence for a tracker entry without a link or a date.</summary>
    public const string EvidenceIncomplete = "MV0803";

    /// <summary>Two tracker entries for one government on one day.</summary>
    public const string TrackerEntrySameDay = "MV0804";

    /// <summary>An ask id that cannot be used in a web address.</summary>
    public const string InvalidAskId = "MV0805";

    /// <summary>A translation ("x.cy.md") with no English file beside it.</summary>
    public const string TranslationWithoutSource = "MV0820";

    /// <summary>A translation whose shared facts (dates, nations, number of asks) differ from its English file's.</summary>
    public const string TranslationFactsDiffer = "MV0821";

    /// <summary>A 'lang:' field that contradicts the language the file name gives.</summary>
    public const string LanguageDiffersFromFileName = "MV0822";

    /// <summary>An item with no translation when site.yml says 'untranslated: fail'.</summary>
    public const string MissingTranslation = "MV0823";

    /// <summary>A translation in a language site.yml's 'languages' does not list.</summary>
    public const string LanguageNotPublished = "MV0824";

    /// <summary>A Markdown link to a translation ("y.cy.md") that does not exist; it goes to the English page.</summary>
    public const string TranslationLinkMissing = "MV0845";

    /// <summary>site.yml's home page picture ('hero_image') without the words saying what it shows ('hero_alt').</summary>
    public const string HeroImageWithoutAlt = "MV0860";

    /// <summary>site.yml's 'hero_image' is not a picture the build can read (JPEG, PNG, WebP, GIF or SVG).</summary>
    public const string HeroImageUnreadable = "MV0861";

    /// <summary>site.yml's 'hero_image' is narrower than the home page shows it on a sharp screen, so it looks blurred.</summary>
    public const string HeroImageTooNarrow = "MV0862";

    /// <summary>An internal fault in Movement, never the content's.</summary>
    public const string InternalError = "MV0900";
}

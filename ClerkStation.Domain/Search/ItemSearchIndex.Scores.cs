namespace ClerkStation.Domain.Search;

// The score bands a match earns, best first; a hit's rank is its band, then usage, name length and code.
public sealed partial class ItemSearchIndex
{
    // One score band per match quality, so ranking is: exact > prefix > substring > keyword > pinyin > initials > fuzzy.
    internal const int ScoreExact = 1000;
    // A keyword typed whole names the item it is the keyword of (低保 → the 低保 application), above names that merely
    // contain it (低保证明, 低保退出).
    internal const int ScoreKeywordExact = 950;
    internal const int ScoreHanziPrefix = 900;
    internal const int ScoreCodePrefix = 890;
    internal const int ScoreHanziSubstring = 800;
    internal const int ScoreKeyword = 720;
    internal const int ScorePinyinWhole = 680;
    internal const int ScoreKeywordPinyinWhole = 670;
    internal const int ScorePinyinPrefix = 660;
    internal const int ScorePinyinSubstring = 620;
    internal const int ScoreKeywordPinyin = 600;
    internal const int ScoreEnglishWord = 560;
    internal const int ScoreEnglishPrefix = 540;
    internal const int ScoreInitialsWhole = 500;
    internal const int ScoreInitialsPrefix = 480;
    internal const int ScoreInitialsSubstring = 460;
    internal const int ScoreKeywordInitials = 440;
    // A match that needs a rare reading of a polyphone (提 as shi in 大病提取 for "dbsq") ranks below one that uses the
    // customary readings, so the item the clerk means comes first.
    internal const int SecondaryReadingPenalty = 15;
    // A variant of an item (补办, 变更, 注销…) ranks just below the item itself unless the query asks for the variant.
    internal const int VariantPenalty = 5;
    internal const int ScoreFuzzy = 300;
    internal const int ScoreKeywordFuzzy = 280;
}

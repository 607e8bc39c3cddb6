#include "pipeline/assist/kindranker.h"

#include <algorithm>
#include <map>
#include <set>

namespace pipeline::assist {

namespace {

// Cue words per kind (lower case; matched as substrings, so stems cover
// inflections: "anonymi" matches anonymise, anonymisieren, anonymiser).
// Latin cues match at a word start only, CJK cues anywhere.
const std::map<std::string, std::vector<std::string>> &cues()
{
    static const std::map<std::string, std::vector<std::string>> table = {
        {"filter",
         {"filter", "keep", "only", "drop", "above", "below", "exceed", "greater", "less than", "threshold", "where",
          "nur", "über", "unter", "größer", "kleiner", "behalte", "verwirf", "filtre", "garde", "seulement",
          "au-dessus", "en dessous", "supérieur", "inférieur", "フィルタ", "超え", "未満", "以上", "以下", "のみ",
          "过滤", "筛选", "高于", "低于", "大于", "小于", "超过"}},
        {"route",
         {"route", "routing", "split", "branch", "otherwise", "depending", "either", "else", "send", "weiterleit",
          "verteil", "je nach", "sonst", "schick", "sende", "rout", "achemin", "selon", "sinon", "envoie", "envoyer",
          "振り分け", "ルーティング", "分岐", "送り", "送る", "路由", "分流", "发送到", "发送", "否则"}},
        {"validate",
         {"valid", "invalid", "check", "malformed", "missing", "gültig", "ungültig", "prüf", "validier", "valide",
          "invalide", "vérifi", "contrôl", "無効", "有効", "検証", "チェック", "无效", "有效", "校验", "验证", "检查"}},
        {"dead-letter",
         {"dead-letter", "dead letter", "dlq", "fail", "error", "invalid", "ungültig", "fehler", "fehlgeschlagen",
          "lettres mortes", "erreur", "échou", "invalide", "デッドレター", "エラー", "失敗", "無効", "死信", "错误",
          "失败", "无效"}},
        {"project",
         {"project", "select", "field", "rename", "compute", "reshape", "column", "convert", "only the", "felder",
          "umbenenn", "berechn", "wandl", "champ", "renomm", "calcul", "convert", "変換", "フィールド", "項目",
          "計算", "字段", "转换", "计算", "重命名"}},
        {"mask",
         {"mask", "anonymi", "anonymous", "pseudonym", "redact", "hash", "pii", "personal", "gdpr", "email", "e-mail",
          "phone", "privacy", "sensitive", "credit card", "iban", "maskier", "personenbezogen", "dsgvo",
          "datenschutz", "masqu", "personnel", "rgpd", "confidenti", "données personnelles", "匿名", "マスク",
          "個人情報", "脱敏", "掩码", "个人信息", "隐私"}},
        {"aggregate",
         {"aggregat", "sum", "total", "count", "average", "avg", "per ", "group", "window", "per minute", "hourly",
          "daily", "summe", "anzahl", "durchschnitt", "pro ", "gruppier", "fenster", "agrég", "somme", "moyenne",
          "nombre", "par ", "集計", "合計", "平均", "件数", "ごと", "毎", "聚合", "汇总", "合计", "总和", "统计",
          "每"}},
        {"join",
         {"join", "enrich", "lookup", "look up", "table", "combine", "anreicher", "verknüpf", "tabelle", "enrichi",
          "jointure", "joindre", "table", "結合", "付加", "テーブル", "エンリッチ", "关联", "连接", "丰富", "表"}},
        {"dedupe",
         {"duplicate", "dedup", "once", "redeliver", "unique", "duplikat", "doppel", "einmal", "doublon", "dupliqu",
          "une seule fois", "重複", "重复", "去重"}},
        {"llm-prompt",
         {"llm", "gpt", "chatgpt", "openai", "ai ", "model", "summar", "analy", "prompt", "answer", "generat",
          "translat", "explain", "reply", "rebook", "ki ", "ki-", "zusammenfass", "analysier", "übersetz", "antwort",
          "ia ", "résum", "analys", "tradui", "réponse", "répond", "要約", "分析", "生成", "翻訳", "回答", "返信",
          "大模型", "摘要", "翻译", "回答", "回复", "改签"}},
        {"llm-classify",
         {"classif", "categor", "label", "sentiment", "triage", "spam", "priorit", "klassifiz", "kategori", "einordn",
          "stimmung", "catégor", "分類", "カテゴリ", "感情", "分类", "类别", "情感", "情绪"}},
        {"llm-extract",
         {"extract", "parse", "pull out", "entities", "extrahier", "herauszieh", "extrai", "抽出", "提取", "抽取"}},
        {"embed",
         {"embed", "vector", "semantic", "similar", "rag", "retriev", "vektor", "semantisch", "ähnlich", "vectori",
          "sémantique", "similaire", "plongement", "ベクトル", "埋め込み", "類似", "意味", "向量", "嵌入", "语义",
          "相似"}},
        {"vector-upsert",
         {"vector", "index", "knowledge", "upsert", "store", "rag", "vektor", "wissen", "vectori", "connaissance",
          "ベクトル", "インデックス", "ナレッジ", "向量", "索引", "知识库"}},
        {"vector-retrieve",
         {"retriev", "rag", "similar", "context", "nearest", "search", "knowledge", "suche", "ähnlich", "kontext",
          "abruf", "recherche", "similaire", "contexte", "récupér", "検索", "類似", "コンテキスト", "检索", "相似",
          "上下文", "搜索"}},
        {"database-sink",
         {"database", "postgres", "sqlite", "mysql", "sql", "ingest", "row", "warehouse", "table", "datenbank",
          "tabelle", "base de données", "stock", "データベース", "テーブル", "数据库", "写入", "存储"}},
        {"connect-source",
         {"debezium", "cdc", "change data capture", "captur", "connector", "kafka connect", "oracle", "binlog", "änderungsdaten", "capture de données", "変更データ", "キャプチャ", "コネクタ", "变更数据", "连接器"}},
        {"connect-sink",
         {"snowflake", "s3", "mongodb", "connector", "kafka connect", "archiv", "コネクタ", "アーカイブ", "连接器",
          "归档"}},
        {"sample-source",
         {"sample", "test data", "demo", "try out", "fake", "synthetic", "without kafka", "beispiel", "testdaten",
          "exemple", "données de test", "サンプル", "テストデータ", "示例", "样本", "测试数据"}},
    };
    return table;
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// How often `cue` occurs in `text`; a Latin cue only where a word starts.
int occurrences(const std::string &text, const std::string &cue)
{
    const bool latin = !cue.empty() && static_cast<unsigned char>(cue[0]) < 0x80;
    int count = 0;
    for (size_t pos = text.find(cue); pos != std::string::npos; pos = text.find(cue, pos + 1)) {
        if (latin && pos > 0 && isWordByte(static_cast<unsigned char>(text[pos - 1]))
            && static_cast<unsigned char>(text[pos - 1]) < 0x80)
            continue;
        ++count;
    }
    return count;
}

} // namespace

const std::vector<std::string> &KindRanker::alwaysIncluded()
{
    static const std::vector<std::string> kinds = {"kafka-source", "filter", "kafka-sink"};
    return kinds;
}

std::vector<KindRanker::Ranked> KindRanker::rank(std::string_view text, const std::vector<TopicSample> &topics) const
{
    const std::string haystack = " " + lowerAscii(text) + " ";
    // Topic and field names hint at kinds (an email field -> mask), more weakly
    // than the user's own words.
    std::string grounding = " ";
    for (const auto &t : topics) {
        grounding += lowerAscii(t.topic) + " ";
        for (const auto &f : t.schema.fields)
            grounding += lowerAscii(f.name) + " ";
    }
    std::vector<Ranked> ranked;
    for (const auto &type : m_catalog.types()) {
        Ranked r{type.kind, 0};
        // The kind's own id ("dead-letter", "llm-classify") names it best.
        r.score += 3.0 * occurrences(haystack, type.kind);
        if (auto it = cues().find(type.kind); it != cues().end())
            for (const auto &cue : it->second) {
                const int hits = occurrences(haystack, cue);
                r.score += hits > 0 ? 1.0 + 0.25 * (hits - 1) : 0.0;
                r.score += 0.5 * std::min(1, occurrences(grounding, cue));
            }
        ranked.push_back(r);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
    return ranked;
}

std::vector<std::string> KindRanker::select(std::string_view text, const std::vector<TopicSample> &topics,
                                            size_t maxKinds) const
{
    std::set<std::string> chosen;
    for (const auto &kind : alwaysIncluded())
        if (m_catalog.find(kind))
            chosen.insert(kind);
    for (const auto &r : rank(text, topics)) {
        if (chosen.size() >= std::max(maxKinds, chosen.size()) || r.score <= 0)
            break;
        chosen.insert(r.kind);
    }
    // Companions: a validate's invalid output and an AI step's failures want a
    // dead-letter node; a vector index is filled from an embed step.
    if (chosen.count("validate"))
        chosen.insert("dead-letter");
    if (chosen.count("vector-upsert"))
        chosen.insert("embed");
    std::vector<std::string> out;
    for (const auto &type : m_catalog.types())
        if (chosen.count(type.kind))
            out.push_back(type.kind);
    return out;
}

} // namespace pipeline::assist

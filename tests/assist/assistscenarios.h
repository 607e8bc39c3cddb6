#pragma once
// The assistant's benchmark set (tests/bench/bench_assist.cpp) and budget test
// (tst_assistbudget): the seed articles' scenarios as users would describe them,
// in English, German, French, Japanese and Chinese, simple and complex, each
// with the answer a model gave recorded as a pipeline (the designer's example
// pipelines, which were built for these scenarios).

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace assistscenarios {

struct Scenario {
    std::string name;
    std::string language;
    bool complex = false;
    std::string description;
    /// resources/examples/<example>.pipeline.json holds the recorded answer.
    std::string example;
};

inline const std::vector<Scenario> &scenarios()
{
    static const std::vector<Scenario> list = {
        {"payments-filter", "en", false,
         "Read the payments topic and write the payments above 1000 to the topic payments.big.", "big-payments"},
        {"pii-en", "en", false,
         "Anonymise customer records in flight: redact the email, keep only the last four digits of the phone "
         "number and hash the customer id before writing them to customers.anonymized.",
         "pii-anonymize"},
        {"payments-aggregate", "en", true,
         "Consume the payments table topic, sum the payments of each customer per one-minute window, drop tiny "
         "totals and ingest the totals into customer-payment-totals.",
         "customer-payments-aggregate"},
        {"iot-alerts-en", "en", true,
         "Consume the IoT temperature readings, check that each reading is plausible (32 to 132 degrees) and send "
         "implausible ones to a dead-letter topic, convert Fahrenheit to Celsius and route readings above the "
         "maximum temperature to TempRangeAlert and the rest to the normal readings topic.",
         "iot-temperature-alerts"},
        {"llm-insights-de", "de", false,
         "Analysiere jedes Event im Topic events mit einem LLM, wiederhole fehlgeschlagene Aufrufe dreimal mit "
         "einer Sekunde Pause und schreibe die Ergebnisse nach events.insights.",
         "event-llm-insights"},
        {"readings-db-de", "de", true,
         "Lies die Temperaturmesswerte, prüfe, dass jeder Wert zwischen 32 und 132 liegt, schreibe gültige Werte per "
         "Upsert in die SQLite-Tabelle readings und ungültige in ein Dead-Letter-Topic.",
         "readings-to-database"},
        {"pii-fr", "fr", false,
         "Anonymise les données personnelles en vol : masque l'adresse e-mail, ne garde que les quatre derniers "
         "chiffres du téléphone et hache l'identifiant client avant d'écrire dans customers.anonymized.",
         "pii-anonymize"},
        {"moderation-fr", "fr", true,
         "Classe chaque message de chat avec un LLM (abusif, spam ou correct), envoie les messages abusifs vers la "
         "file de modération, le spam vers son propre topic et le reste vers les messages approuvés.",
         "content-moderation"},
        {"iot-alerts-ja", "ja", false,
         "温度の測定値を読み込み、妥当な範囲（32〜132）外の値はデッドレタートピックに送り、最高温度を超える値を"
         "TempRangeAlertに、それ以外を通常のトピックに送ってください。",
         "iot-temperature-alerts"},
        {"rebooking-ja", "ja", true,
         "欠航したフライトのイベントを最新の顧客レコードと結合し、連絡先などの個人情報を除いてから、LLMで振替案を"
         "生成してrebooking.offersトピックに送ってください。",
         "flight-rebooking-assistant"},
        {"payments-zh", "zh", false, "读取 payments 主题，把金额大于 1000 的支付记录写入 payments.big 主题。",
         "big-payments"},
        {"rag-zh", "zh", true,
         "把航班事件生成向量写入向量索引；对每个客户问题检索最相关的航班信息，用大模型生成改签建议，并发送到 "
         "rebooking.answers 主题。",
         "flight-rebooking-rag"},
    };
    return list;
}

/// The model-shaped pipeline of a file: no format/version, positions or edge ids.
inline nlohmann::json modelShaped(nlohmann::json document)
{
    document.erase("format");
    document.erase("version");
    for (auto &node : document["nodes"])
        node.erase("position");
    for (auto &edge : document["edges"])
        edge.erase("id");
    return document;
}

/// The recorded answer of a scenario; `big-payments` is the prompt's own example.
inline nlohmann::json recordedAnswer(const Scenario &scenario, const std::string &sourceDir)
{
    if (scenario.example == "big-payments")
        return nlohmann::json::parse(
            R"({"name": "big-payments", "description": "Payments above 1000 to their own topic", "nodes": [
 {"id": "payments", "kind": "kafka-source", "label": "Payments", "parameters": {"topic": "payments", "schema": [{"name": "payment_id", "type": "string"}, {"name": "amount", "type": "double"}]}},
 {"id": "big", "kind": "filter", "label": "Amount over 1000", "parameters": {"condition": "amount > 1000"}},
 {"id": "out", "kind": "kafka-sink", "label": "Big payments", "parameters": {"topic": "payments.big"}}],
 "edges": [{"from": {"node": "payments", "port": "out"}, "to": {"node": "big", "port": "in"}},
  {"from": {"node": "big", "port": "out"}, "to": {"node": "out", "port": "in"}}]})");
    const std::string path = sourceDir + "/resources/examples/" + scenario.example + ".pipeline.json";
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::stringstream text;
    text << in.rdbuf();
    return modelShaped(nlohmann::json::parse(text.str()));
}

/// The same answer with a mistake models make: an edge to a node that does not exist.
inline nlohmann::json brokenAnswer(nlohmann::json answer)
{
    const std::string first = answer["nodes"][0]["id"];
    std::string port = "out";
    for (const auto &e : answer["edges"])
        if (e["from"]["node"] == first)
            port = e["from"]["port"];
    answer["edges"].push_back({{"from", {{"node", first}, {"port", port}}}, {"to", {{"node", "archive"}, {"port", "in"}}}});
    return answer;
}

} // namespace assistscenarios

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Recent prompts</source>
        <translation>最近のプロンプト</translation>
    </message>
    <message>
        <source>Pick an earlier prompt to edit or run it again</source>
        <translation>以前のプロンプトを選んで編集または再実行します</translation>
    </message>
    <message>
        <source>Describe a pipeline, e.g. &quot;Consume the temperature readings, send readings above 132 or below 32 to TempRangeAlert and invalid ones to a dead-letter topic&quot; — or a change to the current one.</source>
        <translation>パイプラインを説明してください。例:「温度の測定値を消費し、132 を超えるか 32 未満の値を TempRangeAlert に、無効な値をデッドレター トピックに送る」— または現在のパイプラインへの変更。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Create a new pipeline from the description (previewed before it replaces the document)</source>
        <translation>説明から新しいパイプラインを作成します (ドキュメントを置き換える前にプレビューされます)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Change the current pipeline as the text says</source>
        <translation>テキストのとおりに現在のパイプラインを変更します</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>説明(&amp;X)</translation>
    </message>
    <message>
        <source>Describe the current pipeline in plain language</source>
        <translation>現在のパイプラインをわかりやすい言葉で説明します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Replace the document&apos;s pipeline with the preview (one undo step)</source>
        <translation>ドキュメントのパイプラインをプレビューで置き換えます (1 回の元に戻す操作で戻せます)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <source>Describe the pipeline or the change first.</source>
        <translation>先にパイプラインまたは変更内容を説明してください。</translation>
    </message>
    <message>
        <source>The pipeline is empty: there is nothing to edit or explain. Use Generate.</source>
        <translation>パイプラインが空です。編集または説明するものがありません。「生成」を使ってください。</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>モデルに問い合わせ中…</translation>
    </message>
    <message>
        <source>Sampling topics…</source>
        <translation>トピックをサンプリング中…</translation>
    </message>
    <message>
        <source>Checking the answer…</source>
        <translation>回答を確認中…</translation>
    </message>
    <message numerus="yes">
        <source>Repairing %n problem(s)…</source>
        <translation>
            <numerusform>%n 件の問題を修正中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>レイアウト中…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>キャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失敗しました。</translation>
    </message>
    <message>
        <source>The assistant could not reach the model; nothing was changed.</source>
        <translation>アシスタントがモデルに接続できませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>No valid pipeline.</source>
        <translation>有効なパイプラインがありません。</translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s pipeline still has %n problem(s) after %1 repair round(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 回の修正後もモデルのパイプラインに %n 件の問題が残っています。何も変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s last answer:</source>
        <translation>モデルの最後の回答:</translation>
    </message>
    <message>
        <source>The proposed pipeline is valid, with these notes:</source>
        <translation>提案されたパイプラインは有効です。注意事項:</translation>
    </message>
    <message>
        <source>The model proposes no changes.</source>
        <translation>モデルは変更を提案していません。</translation>
    </message>
    <message>
        <source>Review the preview, then Apply or Discard.</source>
        <translation>プレビューを確認してから「適用」または「破棄」を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added</source>
        <translation>
            <numerusform>%n 個のノードを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 個を変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 個を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>edges: %1 added, %2 removed</source>
        <translation>エッジ: %1 個追加、%2 個削除</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>The pipeline was changed after the request; the preview no longer fits it. Ask again or discard the preview.</source>
        <translation>リクエスト後にパイプラインが変更されたため、プレビューが合わなくなりました。もう一度問い合わせるか、プレビューを破棄してください。</translation>
    </message>
    <message>
        <source>Generate Pipeline</source>
        <translation>パイプラインを生成</translation>
    </message>
    <message>
        <source>Assistant Edit</source>
        <translation>アシスタントによる編集</translation>
    </message>
    <message>
        <source>Applied. Undo reverts it in one step.</source>
        <translation>適用しました。「元に戻す」で 1 回で元に戻せます。</translation>
    </message>
    <message>
        <source>Discarded; nothing was changed.</source>
        <translation>破棄しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>The LLM endpoint profile the assistant asks (Tools → Settings → LLM Endpoints; the profile marked for the assistant is preselected)</source>
        <translation>アシスタントが問い合わせる LLM エンドポイントプロファイル（ツール → 設定 → LLM エンドポイント。アシスタント用に指定されたプロファイルが事前に選択されます）</translation>
    </message>
    <message>
        <source>No profile: %1 (add profiles in Tools → Settings)</source>
        <translation>プロファイルがありません: %1（ツール → 設定 でプロファイルを追加してください）</translation>
    </message>
    <message>
        <source>The API key of the profile &quot;%1&quot; cannot be read: %2</source>
        <translation>プロファイル「%1」の API キーを読み取れません: %2</translation>
    </message>
    <message>
        <source>Receiving the answer…</source>
        <translation>回答を受信中…</translation>
    </message>
    <message>
        <source>Describing more node kinds…</source>
        <translation>追加のノード種別を説明中…</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 of %2 · %3 · %n token(s) · %4 s</source>
        <translation>
            <numerusform>ラウンド %1/%2 · %3 · %n トークン · %4 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceParameterEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>%1: bootstrap servers are required (host:port, comma-separated).</source>
        <translation>%1: ブートストラップ サーバーが必要です (host:port、カンマ区切り)。</translation>
    </message>
    <message>
        <source>a property has no name.</source>
        <translation>名前のないプロパティがあります。</translation>
    </message>
    <message>
        <source>set bootstrap servers in their own field, not as a property.</source>
        <translation>ブートストラップサーバーはプロパティではなく専用のフィールドで設定してください。</translation>
    </message>
    <message>
        <source>%1 is a secret; store it in the keychain (Settings) or enter env:VARIABLE_NAME and set that environment variable instead of storing the secret.</source>
        <translation>%1 は機密情報です。値をそのまま保存せず、キーチェーン（設定）に保存するか、env:VARIABLE_NAME と入力してその環境変数を設定してください。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>%1: %2 must be a reference (env:NAME or keychain:NAME), not a value.</source>
        <translation>%1: %2 は値ではなく参照 (env:NAME または keychain:NAME) でなければなりません。</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>Connect an output to an input, not to another output</source>
        <translation>出力は別の出力ではなく入力に接続してください</translation>
    </message>
    <message>
        <source>Connect an input to an output, not to another input</source>
        <translation>入力は別の入力ではなく出力に接続してください</translation>
    </message>
    <message>
        <source>A node cannot feed itself</source>
        <translation>ノードを自分自身に接続することはできません</translation>
    </message>
    <message>
        <source>Unknown input port</source>
        <translation>不明な入力ポート</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>接続済みです</translation>
    </message>
    <message>
        <source>This connection would create a loop</source>
        <translation>この接続はループを作ります</translation>
    </message>
    <message>
        <source>Replaces the existing connection</source>
        <translation>既存の接続を置き換えます</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No bootstrap servers given.</source>
        <translation>ブートストラップ サーバーが指定されていません。</translation>
    </message>
    <message>
        <source>Invalid property %1: %2</source>
        <translation>無効なプロパティ %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a Kafka client: %1</source>
        <translation>Kafka クライアントを作成できません: %1</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>%1 から応答がありません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n broker(s)</source>
        <translation>
            <numerusform>接続しました: ブローカー %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>トピック %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>No base URL given.</source>
        <translation>ベース URL が指定されていません。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1).</source>
        <translation>サーバーが API キーを拒否しました (HTTP %1)。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s)</source>
        <translation>
            <numerusform>接続しました: モデル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>the model %1 is not among them</source>
        <translation>モデル %1 は含まれていません</translation>
    </message>
    <message>
        <source>The model list is not available (HTTP %1) and a test completion failed: %2</source>
        <translation>モデル一覧を取得できず (HTTP %1)、テスト補完も失敗しました: %2</translation>
    </message>
    <message>
        <source>Connected: a test completion answered in %1 ms</source>
        <translation>接続しました: テスト補完が %1 ms で応答しました</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>URL が指定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n subject(s)</source>
        <translation>
            <numerusform>接続しました: サブジェクト %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No database given.</source>
        <translation>データベースが指定されていません。</translation>
    </message>
    <message>
        <source>%1 does not exist yet; the first run creates it.</source>
        <translation>%1 はまだ存在しません。最初の実行時に作成されます。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist or is not writable.</source>
        <translation>%1 を作成できません: フォルダー %2 が存在しないか、書き込みできません。</translation>
    </message>
    <message>
        <source>Unknown database driver %1.</source>
        <translation>不明なデータベースドライバー %1 です。</translation>
    </message>
    <message>
        <source>Connected: %1 answered SELECT 1.</source>
        <translation>接続しました: %1 が SELECT 1 に応答しました。</translation>
    </message>
</context>
<context>
    <name>DatabaseProfile</name>
    <message>
        <source>Database profile %1: password: %2</source>
        <translation>データベースプロファイル %1: パスワード: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseProfilesPage</name>
    <message>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>データベース %1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>Database sinks with this driver can name the profile in their connection</source>
        <translation>このドライバーを使うデータベースシンクは、接続設定でこのプロファイルを指定できます</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>The SQLite file; the first run creates it</source>
        <translation>SQLite ファイル。最初の実行時に作成されます</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite データベース (*.db *.sqlite *.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Stored in the keychain or read from an environment variable when a run starts; never in the settings</source>
        <translation>キーチェーンに保存されるか、実行開始時に環境変数から読み込まれます。設定には保存されません</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>an option has no name.</source>
        <translation>名前のないオプションがあります。</translation>
    </message>
    <message>
        <source>password is a secret; enter it in the Password field (keychain) or as env:VARIABLE_NAME instead of an option.</source>
        <translation>password は機密情報です。オプションではなく、「パスワード」欄（キーチェーン）に入力するか、env:VARIABLE_NAME として指定してください。</translation>
    </message>
    <message>
        <source>set %1 in its own field, not as an option.</source>
        <translation>%1 はオプションではなく専用のフィールドで設定してください。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>Options (PostgreSQL: libpq keywords such as sslmode or connect_timeout; MySQL: socket, connect_timeout or ssl_mode)</source>
        <translation>オプション（PostgreSQL: sslmode や connect_timeout などの libpq キーワード、MySQL: socket、connect_timeout または ssl_mode）</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>維持</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>%1 をデプロイ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Remove what this deployment created and restore what it removed</source>
        <translation>このデプロイで作成したものを削除し、削除したものを復元</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>デプロイ先:</translation>
    </message>
    <message>
        <source>No deployment targets yet: add one under Tools → Settings → Deployment targets.</source>
        <translation>デプロイ先がまだありません: ツール → 設定 → デプロイ先 で追加してください。</translation>
    </message>
    <message>
        <source>Asking %1 what runs…</source>
        <translation>%1 に実行中のものを問い合わせ中…</translation>
    </message>
    <message>
        <source>nothing to deploy</source>
        <translation>デプロイするものはありません</translation>
    </message>
    <message>
        <source>%1: node %2 cannot be deployed: %3</source>
        <translation>%1: ノード %2 はデプロイできません: %3</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>デプロイ中…</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>ロールバック中…</translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation>計画を作成できません: %1</translation>
    </message>
    <message>
        <source>The target&apos;s engine cannot express this pipeline; see the nodes in Diagnostics.</source>
        <translation>デプロイ先のエンジンではこのパイプラインを表現できません。診断のノードを参照してください。</translation>
    </message>
    <message>
        <source>Ready to deploy.</source>
        <translation>デプロイの準備ができました。</translation>
    </message>
    <message>
        <source>Up to date: nothing to change.</source>
        <translation>最新の状態: 変更はありません。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Nothing was created before the failure.</source>
        <translation>失敗前に作成されたものはありません。</translation>
    </message>
    <message>
        <source>Created before the failure: %1</source>
        <translation>失敗前に作成済み: %1</translation>
    </message>
    <message>
        <source>Deployed.</source>
        <translation>デプロイしました。</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>ロールバックしました。</translation>
    </message>
</context>
<context>
    <name>DeploymentController</name>
    <message>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>デプロイ(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Deploy the pipeline to ksqlDB, a Flink SQL Gateway or Kafka Connect</source>
        <translation>パイプラインを ksqlDB、Flink SQL Gateway または Kafka Connect にデプロイ</translation>
    </message>
</context>
<context>
    <name>DeploymentTargetsPage</name>
    <message>
        <source>Deployment targets</source>
        <translation>デプロイ先</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>デプロイ先 %1</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://.</source>
        <translation>URL は http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>ksqlDB server</source>
        <translation>ksqlDB サーバー</translation>
    </message>
    <message>
        <source>Flink SQL Gateway</source>
        <translation>Flink SQL Gateway</translation>
    </message>
    <message>
        <source>Kafka Connect worker</source>
        <translation>Kafka Connect ワーカー</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The engine&apos;s REST endpoint</source>
        <translation>エンジンの REST エンドポイント</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>user:password for HTTP basic authentication, or Bearer TOKEN; empty = none</source>
        <translation>HTTP Basic 認証の user:password、または Bearer TOKEN。空 = なし</translation>
    </message>
    <message>
        <source>Kafka Connect target</source>
        <translation>Kafka Connect デプロイ先</translation>
    </message>
    <message>
        <source>The target (a Kafka Connect worker) that receives the pipeline&apos;s connector configurations</source>
        <translation>パイプラインのコネクタ設定を受け取るデプロイ先（Kafka Connect ワーカー）</translation>
    </message>
    <message>
        <source>Kafka for Flink</source>
        <translation>Flink 用 Kafka</translation>
    </message>
    <message>
        <source>&apos;properties.bootstrap.servers&apos; of the exported Flink tables</source>
        <translation>エクスポートされた Flink テーブルの &apos;properties.bootstrap.servers&apos;</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Schema Registry of Avro topics in production</source>
        <translation>本番環境の Avro トピックの Schema Registry</translation>
    </message>
    <message>
        <source>REST API version</source>
        <translation>REST API バージョン</translation>
    </message>
</context>
<context>
    <name>DeploymentsDock</name>
    <message>
        <source>Target / object</source>
        <translation>デプロイ先 / オブジェクト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Terminate the selected query or job, drop the stream, delete the connector</source>
        <translation>選択したクエリまたはジョブを終了し、ストリームを削除し、コネクタを削除</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the pipeline this was deployed from</source>
        <translation>デプロイ元のパイプラインを開く</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n target(s)…</source>
        <translation>
            <numerusform>%n 件のデプロイ先に問い合わせ中…</numerusform>
        </translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message numerus="yes">
        <source>%n deployed</source>
        <translation>
            <numerusform>%n 件デプロイ済み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 running, %2 failed or stopped · refreshed %3</source>
        <translation>実行中 %1、失敗または停止 %2 · 更新 %3</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 を停止中…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>停止しました: %1</translation>
    </message>
    <message>
        <source>Stop failed: %1</source>
        <translation>停止に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>Unknown node kind “%1”.</source>
        <translation>不明なノードの種類「%1」です。</translation>
    </message>
    <message>
        <source>No source feeds this node; it will never receive records.</source>
        <translation>このノードにはソースがつながっていないため、レコードを受け取ることはありません。</translation>
    </message>
    <message>
        <source>Input “%1” is not connected.</source>
        <translation>入力「%1」が接続されていません。</translation>
    </message>
    <message>
        <source>The input is not connected.</source>
        <translation>入力が接続されていません。</translation>
    </message>
    <message>
        <source>Input “%1” accepts one edge but has %2.</source>
        <translation>入力「%1」が受け付けるエッジは 1 本ですが、%2 本あります。</translation>
    </message>
    <message>
        <source>The pipeline loops: %1; records would circle forever.</source>
        <translation>パイプラインがループしています: %1。レコードが永遠に循環します。</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” is ignored.</source>
        <translation>不明なパラメーター「%1」は無視されます。</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>必須の値がありません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid choice; use one of: %2.</source>
        <translation>「%1」は有効な選択肢ではありません。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write e.g. 500ms, 10s, 1m, 2h or 1d.</source>
        <translation>「%1」は期間ではありません。500ms、10s、1m、2h、1d のように書いてください。</translation>
    </message>
    <message>
        <source>Needs at least %1 entries, has %2.</source>
        <translation>少なくとも %1 個の項目が必要ですが、%2 個です。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>不明なフィールド「%1」です。</translation>
    </message>
    <message>
        <source>The expression must be %1, but it is %2.</source>
        <translation>式は %1 でなければなりませんが、%2 です。</translation>
    </message>
    <message>
        <source>The edge is connected to a node or port that does not exist.</source>
        <translation>エッジが存在しないノードまたはポートに接続されています。</translation>
    </message>
    <message>
        <source>The edge must go from an output to an input.</source>
        <translation>エッジは出力から入力へ接続する必要があります。</translation>
    </message>
    <message>
        <source>Field “%1” is marked sensitive and would be sent to the model unmasked; mask it upstream (mask node) or remove it from the prompt.</source>
        <translation>フィールド「%1」は機密としてマークされており、マスクされないままモデルに送信されます。上流でマスクする (マスク ノード) か、プロンプトから削除してください。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Exactly-once cannot include a %1 node: it %2.</source>
        <translation>exactly-once には %1 ノードを含められません: このノードは%2。</translation>
    </message>
    <message>
        <source>Under exactly-once, this %1 node %2.</source>
        <translation>exactly-once では、この %1 ノードは%2。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsWidget</name>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>(パイプライン)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>ドキュメントにはまだファイル名がありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ExampleGallery</name>
    <message>
        <source>Cannot read this example: %1</source>
        <translation>このサンプルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>ExampleGalleryDialog</name>
    <message>
        <source>New from Example</source>
        <translation>サンプルから新規作成</translation>
    </message>
</context>
<context>
    <name>ExpressionEdit</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>%2 ではなく %1 でなければなりません</translation>
    </message>
    <message>
        <source>%1
%2
Example: %3</source>
        <translation>%1
%2
例: %3</translation>
    </message>
</context>
<context>
    <name>ExpressionFunctions</name>
    <message>
        <source>Upper-cases the ASCII letters of s.</source>
        <translation>s の ASCII 英字を大文字に変換します。</translation>
    </message>
    <message>
        <source>Lower-cases the ASCII letters of s.</source>
        <translation>s の ASCII 英字を小文字に変換します。</translation>
    </message>
    <message>
        <source>Removes leading and trailing white space.</source>
        <translation>先頭と末尾の空白を削除します。</translation>
    </message>
    <message>
        <source>Joins strings; NULL when any argument is NULL.</source>
        <translation>文字列を連結します。いずれかの引数が NULL の場合は NULL。</translation>
    </message>
    <message>
        <source>Joins the non-NULL strings with a separator.</source>
        <translation>NULL でない文字列を区切り文字で連結します。</translation>
    </message>
    <message>
        <source>Characters from 1-based start, optionally at most length of them.</source>
        <translation>start（1 始まり）以降の文字。length を指定するとその文字数まで。</translation>
    </message>
    <message>
        <source>The first n characters (&apos;&apos; when n &lt;= 0).</source>
        <translation>先頭の n 文字（n &lt;= 0 の場合は &apos;&apos;）。</translation>
    </message>
    <message>
        <source>The last n characters (&apos;&apos; when n &lt;= 0).</source>
        <translation>末尾の n 文字（n &lt;= 0 の場合は &apos;&apos;）。</translation>
    </message>
    <message>
        <source>Number of characters (not bytes).</source>
        <translation>文字数（バイト数ではありません）。</translation>
    </message>
    <message>
        <source>Replaces every occurrence of search (an empty search changes nothing).</source>
        <translation>search のすべての出現箇所を置換します（search が空の場合は何も変更しません）。</translation>
    </message>
    <message>
        <source>Replaces every match of a regular expression; $1 in the replacement is group 1.</source>
        <translation>正規表現に一致する箇所をすべて置換します。置換文字列中の $1 はグループ 1 です。</translation>
    </message>
    <message>
        <source>The first match (or its group), NULL when nothing matches.</source>
        <translation>最初の一致（またはそのグループ）。一致しない場合は NULL。</translation>
    </message>
    <message>
        <source>Pads s on the left to length characters (cuts longer s); NULL for a negative length or empty pad.</source>
        <translation>s の左側を埋めて length 文字にします（長い s は切り詰めます）。length が負または pad が空の場合は NULL。</translation>
    </message>
    <message>
        <source>Pads s on the right to length characters (cuts longer s); NULL for a negative length or empty pad.</source>
        <translation>s の右側を埋めて length 文字にします（長い s は切り詰めます）。length が負または pad が空の場合は NULL。</translation>
    </message>
    <message>
        <source>Upper-cases the first letter of each word and lower-cases the rest (ASCII).</source>
        <translation>各単語の先頭文字を大文字に、残りを小文字にします（ASCII）。</translation>
    </message>
    <message>
        <source>1-based character position of search in s, 0 when absent (INSTR(s, search) too).</source>
        <translation>s における search の文字位置（1 始まり）。見つからない場合は 0（INSTR(s, search) も同様）。</translation>
    </message>
    <message>
        <source>The 0-based index-th piece of s split at delimiter, NULL past the end.</source>
        <translation>s を delimiter で分割した index 番目（0 始まり）の部分。範囲外の場合は NULL。</translation>
    </message>
    <message>
        <source>Absolute value.</source>
        <translation>絶対値。</translation>
    </message>
    <message>
        <source>Rounds half away from zero to digits decimals (default 0).</source>
        <translation>小数点以下 digits 桁に丸めます。0.5 はゼロから遠い方へ丸めます（既定値 0）。</translation>
    </message>
    <message>
        <source>Largest integral value not above x.</source>
        <translation>x 以下の最大の整数値。</translation>
    </message>
    <message>
        <source>Smallest integral value not below x.</source>
        <translation>x 以上の最小の整数値。</translation>
    </message>
    <message>
        <source>Remainder of a / b with the sign of a, like a % b.</source>
        <translation>a / b の余り。符号は a と同じです（a % b と同様）。</translation>
    </message>
    <message>
        <source>x raised to the power y.</source>
        <translation>x の y 乗。</translation>
    </message>
    <message>
        <source>Square root; an error for negative x.</source>
        <translation>平方根。x が負の場合はエラー。</translation>
    </message>
    <message>
        <source>Natural logarithm; an error for x &lt;= 0.</source>
        <translation>自然対数。x &lt;= 0 の場合はエラー。</translation>
    </message>
    <message>
        <source>Base-10 logarithm; an error for x &lt;= 0.</source>
        <translation>常用対数（底 10）。x &lt;= 0 の場合はエラー。</translation>
    </message>
    <message>
        <source>e raised to the power x.</source>
        <translation>e の x 乗。</translation>
    </message>
    <message>
        <source>-1, 0 or 1 by the sign of x.</source>
        <translation>x の符号に応じて -1、0、1 のいずれか。</translation>
    </message>
    <message>
        <source>The largest argument; NULL when any argument is NULL.</source>
        <translation>最大の引数。いずれかの引数が NULL の場合は NULL。</translation>
    </message>
    <message>
        <source>The smallest argument; NULL when any argument is NULL.</source>
        <translation>最小の引数。いずれかの引数が NULL の場合は NULL。</translation>
    </message>
    <message>
        <source>Cuts x toward zero to digits decimals (default 0).</source>
        <translation>x をゼロ方向に小数点以下 digits 桁まで切り捨てます（既定値 0）。</translation>
    </message>
    <message>
        <source>The first argument that is not NULL.</source>
        <translation>NULL でない最初の引数。</translation>
    </message>
    <message>
        <source>NULL when a = b, otherwise a.</source>
        <translation>a = b の場合は NULL、それ以外は a。</translation>
    </message>
    <message>
        <source>then when condition is TRUE, otherwise (FALSE or NULL) else.</source>
        <translation>condition が TRUE の場合は then、それ以外（FALSE または NULL）は else。</translation>
    </message>
    <message>
        <source>x, or fallback when x is NULL.</source>
        <translation>x。x が NULL の場合は fallback。</translation>
    </message>
    <message>
        <source>The time of evaluation (epoch milliseconds).</source>
        <translation>評価時点の時刻（エポックミリ秒）。</translation>
    </message>
    <message>
        <source>YEAR, MONTH, DAY, HOUR, MINUTE, SECOND or MILLISECOND of ts in UTC.</source>
        <translation>ts の YEAR、MONTH、DAY、HOUR、MINUTE、SECOND または MILLISECOND（UTC）。</translation>
    </message>
    <message>
        <source>ts cut down to the start of its &apos;second&apos;, &apos;minute&apos;, &apos;hour&apos; or &apos;day&apos; (UTC).</source>
        <translation>ts を &apos;second&apos;、&apos;minute&apos;、&apos;hour&apos;、&apos;day&apos; のいずれかの単位の先頭に切り捨てた値（UTC）。</translation>
    </message>
    <message>
        <source>ts as UTC text; pattern letters yyyy MM dd HH mm ss SSS, &apos;quoted&apos; text.</source>
        <translation>ts を UTC のテキストにします。パターン文字 yyyy MM dd HH mm ss SSS、&apos;引用符で囲んだ&apos; テキスト。</translation>
    </message>
    <message>
        <source>Reads UTC text written in pattern; an error when it does not match.</source>
        <translation>pattern の形式で書かれた UTC テキストを読み取ります。一致しない場合はエラーになります。</translation>
    </message>
    <message>
        <source>Milliseconds since 1970-01-01 00:00:00 UTC.</source>
        <translation>1970-01-01 00:00:00 UTC からのミリ秒数。</translation>
    </message>
    <message>
        <source>Whole seconds since 1970-01-01 00:00:00 UTC (rounded down).</source>
        <translation>1970-01-01 00:00:00 UTC からの秒数（整数、切り捨て）。</translation>
    </message>
    <message>
        <source>The timestamp n milliseconds after 1970-01-01 00:00:00 UTC.</source>
        <translation>1970-01-01 00:00:00 UTC から n ミリ秒後のタイムスタンプ。</translation>
    </message>
    <message>
        <source>The timestamp n seconds after 1970-01-01 00:00:00 UTC.</source>
        <translation>1970-01-01 00:00:00 UTC から n 秒後のタイムスタンプ。</translation>
    </message>
    <message>
        <source>The scalar at a path such as &apos;$.a.b[0]&apos; in JSON text; NULL when missing, not scalar or not JSON.</source>
        <translation>JSON テキスト内の &apos;$.a.b[0]&apos; のようなパスにあるスカラー値。存在しない、スカラーでない、または JSON でない場合は NULL。</translation>
    </message>
    <message>
        <source>SHA-256 of the UTF-8 bytes of s as 64 lower-case hex digits.</source>
        <translation>s の UTF-8 バイト列の SHA-256（小文字の 16 進数 64 桁）。</translation>
    </message>
    <message>
        <source>MD5 of the UTF-8 bytes of s as 32 lower-case hex digits.</source>
        <translation>s の UTF-8 バイト列の MD5（小文字の 16 進数 32 桁）。</translation>
    </message>
    <message>
        <source>The 1-based index-th element, NULL out of range.</source>
        <translation>index 番目（1 始まり）の要素。範囲外の場合は NULL。</translation>
    </message>
    <message>
        <source>Number of elements.</source>
        <translation>要素数。</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>While a pipeline has unsaved changes, a recovery copy is written this often.</source>
        <translation>パイプラインに未保存の変更がある間、この間隔で復元用コピーが書き込まれます。</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>A new language applies when Pipewright restarts.</source>
        <translation>新しい言語は Pipewright の再起動後に適用されます。</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>復元用コピーの間隔:</translation>
    </message>
</context>
<context>
    <name>KafkaProfilesPage</name>
    <message>
        <source>broker1:9092,broker2:9092</source>
        <translation>broker1:9092,broker2:9092</translation>
    </message>
    <message>
        <source>PEM file with the CA certificate(s); empty = system store</source>
        <translation>CA 証明書を含む PEM ファイル。空の場合はシステムの証明書ストア</translation>
    </message>
    <message>
        <source>librdkafka property</source>
        <translation>librdkafka プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>Sandbox (embedded cluster)</source>
        <translation>サンドボックス (組み込みクラスター)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Kafka Clusters</source>
        <translation>Kafka クラスタ</translation>
    </message>
    <message>
        <source>Runs use</source>
        <translation>実行時に使用</translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation>ブートストラップサーバー</translation>
    </message>
    <message>
        <source>host:port of one or more brokers, comma-separated</source>
        <translation>1 つ以上のブローカーの host:port（カンマ区切り）</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>セキュリティプロトコル</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>SASL メカニズム</translation>
    </message>
    <message>
        <source>SASL username</source>
        <translation>SASL ユーザー名</translation>
    </message>
    <message>
        <source>SASL password</source>
        <translation>SASL パスワード</translation>
    </message>
    <message>
        <source>SSL CA file</source>
        <translation>SSL CA ファイル</translation>
    </message>
    <message>
        <source>Other librdkafka properties</source>
        <translation>その他の librdkafka プロパティ</translation>
    </message>
</context>
<context>
    <name>KeychainBackend</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>no such keychain entry</source>
        <translation>そのキーチェーン項目はありません</translation>
    </message>
    <message>
        <source>no keychain service is available (%1)</source>
        <translation>利用できるキーチェーン サービスがありません (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation>キーチェーンへのアクセスが拒否されました (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1); is a secret service such as GNOME Keyring or KWallet running?</source>
        <translation>キーチェーンでエラーが発生しました (%1)。GNOME Keyring や KWallet などのシークレット サービスは動作していますか?</translation>
    </message>
</context>
<context>
    <name>ListParameterEditor</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>選択した項目を削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
</context>
<context>
    <name>LlmProfilesPage</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Input per 1M tokens</source>
        <translation>入力 (100 万トークンあたり)</translation>
    </message>
    <message>
        <source>Output per 1M tokens</source>
        <translation>出力 (100 万トークンあたり)</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>エンドポイント %1</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 にモデル一覧を問い合わせ中…</translation>
    </message>
    <message>
        <source>LLM Endpoints</source>
        <translation>LLM エンドポイント</translation>
    </message>
    <message>
        <source>Assistant uses</source>
        <translation>アシスタントで使用</translation>
    </message>
    <message>
        <source>&quot;default&quot;, else the first profile</source>
        <translation>「default」、なければ最初のプロファイル</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>The OpenAI-compatible API root, e.g. https://api.openai.com/v1 or http://localhost:11434/v1</source>
        <translation>OpenAI 互換 API のルート（例: https://api.openai.com/v1 や http://localhost:11434/v1）</translation>
    </message>
    <message>
        <source>must start with http:// or https://.</source>
        <translation>http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Used by nodes that leave their model empty</source>
        <translation>モデルが空のノードで使用されます</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Prices (USD per million tokens; models without a price cost nothing)</source>
        <translation>価格（100 万トークンあたりの USD。価格のないモデルは無料）</translation>
    </message>
    <message>
        <source>a price has no model.</source>
        <translation>モデルが指定されていない価格があります。</translation>
    </message>
    <message>
        <source>the prices of %1 must be numbers.</source>
        <translation>%1 の価格は数値である必要があります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>ズーム %1%</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export SQL…</source>
        <translation>SQL をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>ビューに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>ミニマップ(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>ダーク テーマ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>自動レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Available once the live runtime is built into the designer.</source>
        <translation>ライブ ランタイムがデザイナーに組み込まれると使用できます。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Sandbox Cluster…</source>
        <translation>サンドボックス クラスター(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About Pipewright</source>
        <translation>Pipewright について(&amp;A)</translation>
    </message>
    <message>
        <source>About Pipewright</source>
        <translation>Pipewright について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pipewright %1&lt;/h3&gt;&lt;p&gt;Design Kafka event pipelines with LLM steps as node graphs, run them live and export them as ksqlDB or Flink SQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pipewright %1&lt;/h3&gt;&lt;p&gt;LLM ステップを含む Kafka イベント パイプラインをノード グラフとして設計し、ライブで実行し、ksqlDB または Flink SQL としてエクスポートします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>サンプル(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>パイプライン(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>サンプル(&amp;E)</translation>
    </message>
    <message>
        <source>%1[*] — Pipewright</source>
        <translation>%1[*] — Pipewright</translation>
    </message>
    <message>
        <source>(no examples found)</source>
        <translation>(サンプルが見つかりません)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <source>Cannot open pipeline</source>
        <translation>パイプラインを開けません</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>パイプラインを開く</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.json *.json);;All files (*)</source>
        <translation>パイプライン (*.pipeline.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot save pipeline</source>
        <translation>パイプラインを保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation>パイプラインを保存</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.json)</source>
        <translation>パイプライン (*.pipeline.json)</translation>
    </message>
    <message>
        <source>ksqlDB</source>
        <translation>ksqlDB</translation>
    </message>
    <message>
        <source>Flink SQL</source>
        <translation>Flink SQL</translation>
    </message>
    <message>
        <source>Export SQL</source>
        <translation>SQL をエクスポート</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>方言:</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL スクリプト (*.sql)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>Exported with problems</source>
        <translation>問題ありでエクスポートしました</translation>
    </message>
    <message>
        <source>The script was written, but some steps cannot be expressed in %1:
%2</source>
        <translation>スクリプトは書き込まれましたが、一部のステップは %1 で表現できません:
%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>The pipeline is valid.</source>
        <translation>パイプラインは有効です。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>%n 件のエラーが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 には未保存の変更があります。閉じる前に保存しますか?</translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation>無題のパイプライン</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Pipewright did not exit cleanly last time. Restore the unsaved changes of:

%1</source>
        <translation>前回 Pipewright は正常に終了しませんでした。次の未保存の変更を復元しますか:

%1</translation>
    </message>
    <message>
        <source>Kafka clusters, LLM endpoints, Schema Registries, databases, theme, language and recovery interval</source>
        <translation>Kafka クラスタ、LLM エンドポイント、Schema Registry、データベース、テーマ、言語、復元間隔</translation>
    </message>
    <message>
        <source>New from E&amp;xample…</source>
        <translation>サンプルから新規作成(&amp;X)…</translation>
    </message>
    <message>
        <source>Sandbox Cluster</source>
        <translation>サンドボックスクラスタ</translation>
    </message>
    <message>
        <source>Running on the sandbox. Give it data: Tools → Sandbox Cluster → temperature-readings → Produce Samples.</source>
        <translation>サンドボックスで実行中です。データを送るには: ツール → サンドボックスクラスタ → temperature-readings → サンプルを送信。</translation>
    </message>
    <message>
        <source>Describe the pipeline in the Assistant, e.g. &quot;read orders, keep those above 100 €, write them to big-orders&quot;, then Generate.</source>
        <translation>アシスタントにパイプラインを説明し（例:「orders を読み、100 € を超えるものを残して big-orders に書き込む」）、「生成」をクリックします。</translation>
    </message>
</context>
<context>
    <name>MinimapWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概要: クリックまたはドラッグでビューを移動します</translation>
    </message>
</context>
<context>
    <name>NodeStyle</name>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>シンク</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Search nodes…</source>
        <translation>ノードを検索…</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>This node has no inputs</source>
        <translation>このノードには入力がありません</translation>
    </message>
    <message>
        <source>This node has no outputs</source>
        <translation>このノードには出力がありません</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Unknown node kind &quot;%1&quot;</source>
        <translation>不明なノードの種類「%1」</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>%n 個のノードを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation>
            <numerusform>%n 個のノードをコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>貼り付けできません: %1</translation>
    </message>
    <message>
        <source>not a pipeline</source>
        <translation>パイプラインではありません</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>%n 個のノードを移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>ドロップ</translation>
    </message>
</context>
<context>
    <name>ProfileListPage</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>%1: a profile needs a name.</source>
        <translation>%1: プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>%1: two profiles are called %2.</source>
        <translation>%1: %2 という名前のプロファイルが 2 つあります。</translation>
    </message>
    <message>
        <source>%1: %2 must be a secret reference (env:NAME or keychain:NAME), not a value.</source>
        <translation>%1: %2 には値ではなくシークレット参照（env:NAME または keychain:NAME）を指定する必要があります。</translation>
    </message>
    <message>
        <source>%1: %2 is required.</source>
        <translation>%1: %2 は必須です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Unknown node kind: its parameters cannot be edited here.</source>
        <translation>不明なノードの種類です。ここではパラメーターを編集できません。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>ノードの名前を変更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>コンシューマー グループ</translation>
    </message>
    <message>
        <source>default: the pipeline name</source>
        <translation>既定: パイプライン名</translation>
    </message>
    <message>
        <source>Dead-letter topic</source>
        <translation>デッドレター トピック</translation>
    </message>
    <message>
        <source>Change Pipeline Settings</source>
        <translation>パイプラインの設定を変更</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>At least once</source>
        <translation>少なくとも 1 回</translation>
    </message>
    <message>
        <source>Exactly once (Kafka transactions)</source>
        <translation>厳密に 1 回（Kafka トランザクション）</translation>
    </message>
    <message>
        <source>Exactly once commits each batch&apos;s outputs, dead letters and consumed offsets in one Kafka transaction: a crash neither loses nor repeats results for readers with isolation.level=read_committed. Database sinks, aggregates and dedupe cannot take part.</source>
        <translation>厳密に 1 回では、各バッチの出力、デッドレター、消費済みオフセットを 1 つの Kafka トランザクションでコミットします。isolation.level=read_committed の読み取り側では、クラッシュしても結果の欠落や重複は生じません。データベースシンク、集計、重複排除は参加できません。</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保証</translation>
    </message>
</context>
<context>
    <name>QuickAddPopup</name>
    <message>
        <source>Add node…</source>
        <translation>ノードを追加…</translation>
    </message>
</context>
<context>
    <name>RecordPeekDock</name>
    <message>
        <source>Edge Peek</source>
        <translation>エッジのプレビュー</translation>
    </message>
    <message>
        <source>Select an edge (or right-click it → Peek at Records) to see the latest records that passed along it during the run.</source>
        <translation>エッジを選択する (または右クリック → レコードを表示) と、実行中にそのエッジを通過した最新のレコードが表示されます。</translation>
    </message>
    <message>
        <source>%1 — waiting for records</source>
        <translation>%1 — レコードを待機中</translation>
    </message>
    <message>
        <source>%1 — no records yet</source>
        <translation>%1 — レコードはまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 — latest %n record(s), newest last</source>
        <translation>
            <numerusform>%1 — 最新 %n 件のレコード (新しいものが最後)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBadgeItem</name>
    <message>
        <source>in %1 · out %2 · %3/s</source>
        <translation>入力 %1 · 出力 %2 · %3/秒</translation>
    </message>
    <message>
        <source>filtered %1</source>
        <translation>除外 %1</translation>
    </message>
    <message>
        <source>dlq %1</source>
        <translation>DLQ %1</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>呼び出し %1</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>キャッシュ %1</translation>
    </message>
    <message>
        <source>%1 tok · $%2</source>
        <translation>%1 トークン · $%2</translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation>再試行 %1</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run the pipeline against the sandbox or the active connection profile</source>
        <translation>サンドボックスまたはアクティブな接続プロファイルでパイプラインを実行します</translation>
    </message>
    <message>
        <source>Stop the run gracefully: in-flight messages are acknowledged and offsets committed</source>
        <translation>実行を正常に停止します。処理中のメッセージは確認応答され、オフセットがコミットされます</translation>
    </message>
    <message>
        <source>Start, stop and inspect the embedded Kafka cluster</source>
        <translation>組み込み Kafka クラスターを起動、停止、確認します</translation>
    </message>
    <message>
        <source>&amp;Topic Browser</source>
        <translation>トピック ブラウザー(&amp;T)</translation>
    </message>
    <message>
        <source>The sandbox cluster is not running.</source>
        <translation>サンドボックス クラスターが動作していません。</translation>
    </message>
    <message>
        <source>sandbox %1</source>
        <translation>サンドボックス %1</translation>
    </message>
    <message>
        <source>Checking topics on %1…</source>
        <translation>%1 のトピックを確認中…</translation>
    </message>
    <message>
        <source>Create Topics</source>
        <translation>トピックを作成</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox has no topic %1.

Create it with %n partition(s)? The run then waits for messages on it.</source>
        <translation>
            <numerusform>サンドボックスにトピック %1 がありません。

%n 個のパーティションで作成しますか? 実行はそのトピックのメッセージを待ちます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created topic %1 on the sandbox.</source>
        <translation>サンドボックスにトピック %1 を作成しました。</translation>
    </message>
    <message>
        <source>Topic %1 does not exist on %2; the run waits for it.</source>
        <translation>トピック %1 は %2 に存在しません。実行はその作成を待ちます。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot run: %n problem(s)</source>
        <translation>
            <numerusform>実行できません: 問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline cannot run; see the Run panel.</source>
        <translation>パイプラインを実行できません。実行パネルを参照してください。</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>%1 で開始しました。</translation>
    </message>
    <message>
        <source>Stopping… (draining in-flight messages)</source>
        <translation>停止中… (処理中のメッセージを処理しています)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Running on %1 — %2 in · %3 msg/s</source>
        <translation>%1 で実行中 — 入力 %2 · %3 件/秒</translation>
    </message>
    <message numerus="yes">
        <source>Stopping… %n in flight</source>
        <translation>
            <numerusform>停止中… 処理中 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>実行に失敗しました: %1</translation>
    </message>
    <message>
        <source>Run finished — %1 in, %2</source>
        <translation>実行終了 — 入力 %1、%2</translation>
    </message>
    <message>
        <source>balanced ✓</source>
        <translation>収支一致 ✓</translation>
    </message>
    <message>
        <source>NOT balanced ✗</source>
        <translation>収支不一致 ✗</translation>
    </message>
    <message>
        <source>%1 (%2) → %3</source>
        <translation>%1 (%2) → %3</translation>
    </message>
    <message>
        <source>Peek at Records</source>
        <translation>レコードを表示</translation>
    </message>
    <message>
        <source>Run the pipeline first</source>
        <translation>先にパイプラインを実行してください</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>サンドボックス (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>%1 をサンプリング中…</translation>
    </message>
    <message>
        <source>Add Source %1</source>
        <translation>ソース %1 を追加</translation>
    </message>
    <message>
        <source>Added a source for %1; the topic is empty, so no schema was sampled.</source>
        <translation>%1 のソースを追加しました。トピックが空のため、スキーマはサンプリングされていません。</translation>
    </message>
    <message>
        <source>Added a source for %1 as string messages (the samples are not JSON objects).</source>
        <translation>%1 のソースを文字列メッセージとして追加しました (サンプルが JSON オブジェクトではありません)。</translation>
    </message>
    <message numerus="yes">
        <source>Added a source for %1 with %n field(s) sampled from its messages.</source>
        <translation>
            <numerusform>メッセージからサンプリングした %n 個のフィールドで %1 のソースを追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSummaryWidget</name>
    <message>
        <source>Not running. Pipeline → Run (F5) starts the pipeline.</source>
        <translation>停止中です。パイプライン → 実行 (F5) でパイプラインを開始します。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Stopping (draining in-flight messages)</source>
        <translation>停止中 (処理中のメッセージを処理しています)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 out + %2 filtered + %3 dead-lettered</source>
        <translation>出力 %1 + 除外 %2 + デッドレター %3</translation>
    </message>
    <message>
        <source> + %1 skipped</source>
        <translation> + スキップ %1</translation>
    </message>
    <message>
        <source> + %1 stored</source>
        <translation> + 保存 %1</translation>
    </message>
    <message>
        <source> + %1 failed</source>
        <translation> + 失敗 %1</translation>
    </message>
    <message>
        <source>In flight: %1 — %2 in, %3 so far</source>
        <translation>処理中: %1 — 入力 %2、ここまで %3</translation>
    </message>
    <message>
        <source>Balanced ✓ %1 in = %2</source>
        <translation>収支一致 ✓ 入力 %1 = %2</translation>
    </message>
    <message>
        <source>NOT balanced ✗ %1 in ≠ %2</source>
        <translation>収支不一致 ✗ 入力 %1 ≠ %2</translation>
    </message>
    <message>
        <source>Input %1 · output %2 · filtered %3 · dead-lettered %4 · skipped %5 · produced %6 · %7 msg/s</source>
        <translation>入力 %1 · 出力 %2 · 除外 %3 · デッドレター %4 · スキップ %5 · 送信 %6 · %7 件/秒</translation>
    </message>
    <message>
        <source>LLM: %1 calls · %2 cache hits · %3 prompt + %4 completion tokens · cost $%5 (estimated $%6)</source>
        <translation>LLM: 呼び出し %1 回 · キャッシュ ヒット %2 回 · プロンプト %3 + 補完 %4 トークン · コスト $%5 (見積もり $%6)</translation>
    </message>
</context>
<context>
    <name>SandboxController</name>
    <message>
        <source>Cannot start the sandbox cluster: %1</source>
        <translation>サンドボックス クラスターを起動できません: %1</translation>
    </message>
    <message>
        <source>The sandbox cluster is not running.</source>
        <translation>サンドボックス クラスターが動作していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>トピック %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown sample generator %1.</source>
        <translation>不明なサンプル ジェネレーター %1 です。</translation>
    </message>
    <message>
        <source>Started. Any Kafka client can connect to %1.</source>
        <translation>起動しました。任意の Kafka クライアントから %1 に接続できます。</translation>
    </message>
    <message>
        <source>Stopped; its topics are gone.</source>
        <translation>停止しました。トピックは削除されました。</translation>
    </message>
    <message numerus="yes">
        <source>Producing %n record(s) into %1…</source>
        <translation>
            <numerusform>%1 に %n 件のレコードを送信中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Produced %n record(s) into %1.</source>
        <translation>
            <numerusform>%1 に %n 件のレコードを送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created topic %1 with %n partition(s).</source>
        <translation>
            <numerusform>パーティション %n 個でトピック %1 を作成しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDialog</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Create Topic</source>
        <translation>トピックを作成</translation>
    </message>
    <message>
        <source> records</source>
        <translation> 件のレコード</translation>
    </message>
    <message>
        <source>Produce Samples</source>
        <translation>サンプルを送信</translation>
    </message>
    <message>
        <source>Write records of a built-in sample generator to the selected topic</source>
        <translation>組み込みサンプル ジェネレーターのレコードを選択したトピックに書き込みます</translation>
    </message>
    <message>
        <source>Sandbox Cluster</source>
        <translation>サンドボックスクラスタ</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>トピック名</translation>
    </message>
    <message>
        <source>partitions: </source>
        <translation>パーティション: </translation>
    </message>
    <message>
        <source>An embedded Kafka cluster (librdkafka&apos;s mock cluster) on this machine. Runs use it when no connection profile is active; any Kafka client can connect to its bootstrap address. Its topics live in memory until it stops.</source>
        <translation>このマシン上の組み込み Kafka クラスター (librdkafka のモック クラスター) です。アクティブな接続プロファイルがないときは実行に使われます。任意の Kafka クライアントがブートストラップ アドレスに接続できます。トピックは停止するまでメモリ上にあります。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>ブートストラップ サーバー:</translation>
    </message>
    <message>
        <source>Into the selected topic:</source>
        <translation>選択したトピックへ:</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop Sandbox</source>
        <translation>サンドボックスを停止</translation>
    </message>
    <message>
        <source>Start Sandbox</source>
        <translation>サンドボックスを起動</translation>
    </message>
</context>
<context>
    <name>SchemaRegistryPage</name>
    <message>
        <source>Registry %1</source>
        <translation>レジストリ %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Schema Registries</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A Confluent-compatible Schema Registry</source>
        <translation>Confluent 互換の Schema Registry</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://.</source>
        <translation>URL は http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>For HTTP basic authentication; empty = none</source>
        <translation>HTTP Basic 認証用。空欄 = 認証なし</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Keychain: the secret is stored in the operating system&apos;s keychain.
Environment variable: the secret is read from that variable when a connection starts.
Either way only a reference is saved in the settings.</source>
        <translation>キーチェーン: 秘密情報はオペレーティング システムのキーチェーンに保存されます。
環境変数: 接続の開始時にその変数から秘密情報を読み取ります。
どちらの場合も、設定には参照だけが保存されます。</translation>
    </message>
    <message>
        <source>Secret (stored in the keychain on OK)</source>
        <translation>秘密情報 (OK でキーチェーンに保存)</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>キーチェーンに保存済み。置き換えるには入力してください</translation>
    </message>
    <message>
        <source>Variable name, e.g. KAFKA_PASSWORD</source>
        <translation>変数名 (例: KAFKA_PASSWORD)</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>秘密情報なし</translation>
    </message>
    <message>
        <source>Enter the name of an environment variable (letters, digits and _).</source>
        <translation>環境変数の名前を入力してください (英字、数字、_)。</translation>
    </message>
    <message>
        <source>Enter the secret to store in the keychain.</source>
        <translation>キーチェーンに保存する秘密情報を入力してください。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1: the environment variable %2 is not set.</source>
        <translation>%1: 環境変数 %2 が設定されていません。</translation>
    </message>
    <message>
        <source>%1: cannot read the keychain entry (%2). Store the secret again in Settings, or use an env:NAME reference.</source>
        <translation>%1: キーチェーン項目を読み取れません (%2)。設定で秘密情報をもう一度保存するか、env:NAME 参照を使ってください。</translation>
    </message>
    <message>
        <source>The value is not a secret reference; write env:NAME or keychain:NAME.</source>
        <translation>値は秘密情報の参照ではありません。env:NAME または keychain:NAME と書いてください。</translation>
    </message>
    <message>
        <source>Cannot store the secret %1 in the keychain: %2. Enter an environment variable reference (env:NAME) instead; the secret is not saved anywhere else.</source>
        <translation>秘密情報 %1 をキーチェーンに保存できません: %2。代わりに環境変数の参照 (env:NAME) を入力してください。秘密情報は他のどこにも保存されません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>SqlPreviewDock</name>
    <message>
        <source>SQL Preview</source>
        <translation>SQL プレビュー</translation>
    </message>
    <message>
        <source>Flink: &apos;properties.bootstrap.servers&apos; of every Kafka table</source>
        <translation>Flink: 各 Kafka テーブルの &apos;properties.bootstrap.servers&apos;</translation>
    </message>
    <message>
        <source>Confluent Cloud model options</source>
        <translation>Confluent Cloud のモデル オプション</translation>
    </message>
    <message>
        <source>Flink: emit Confluent Cloud&apos;s CREATE CONNECTION and model options instead of open-source Flink 2.1&apos;s</source>
        <translation>Flink: オープンソース Flink 2.1 のものではなく、Confluent Cloud の CREATE CONNECTION とモデル オプションを出力します</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>ksqlDB has no LLM functions: name a deployed user-defined function to call for LLM steps, or leave empty to report them as not expressible</source>
        <translation>ksqlDB には LLM 関数がありません。LLM ステップで呼び出すデプロイ済みのユーザー定義関数を指定するか、空欄にして表現できないものとして報告してください</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>ブートストラップ サーバー:</translation>
    </message>
    <message>
        <source>ksqlDB LLM UDF:</source>
        <translation>ksqlDB LLM UDF:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation>スクリプト全体をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Write the script to a .sql file</source>
        <translation>スクリプトを .sql ファイルに書き込みます</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>エクスポート オプション</translation>
    </message>
    <message>
        <source>ksqlDB</source>
        <translation>ksqlDB</translation>
    </message>
    <message>
        <source>Flink SQL</source>
        <translation>Flink SQL</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Cannot be expressed</source>
        <translation>表現できません</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>(パイプライン)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) cannot be expressed in this dialect</source>
        <translation>
            <numerusform>%n 個のステップはこの方言で表現できません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 script (%n line(s)).</source>
        <translation>
            <numerusform>%1 スクリプトをコピーしました (%n 行)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SQL</source>
        <translation>SQL をエクスポート</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL スクリプト (*.sql);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>%1 にエクスポートできません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1, but %n step(s) cannot be expressed: see the list above.</source>
        <translation>
            <numerusform>%1 にエクスポートしましたが、%n 個のステップは表現できません。上の一覧を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Connector configuration(s) beside it: %1.</source>
        <translation>隣に置いたコネクター構成: %1。</translation>
    </message>
</context>
<context>
    <name>TestCaseDiffView</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Select a difference to compare the expected with the actual records.</source>
        <translation>差分を選ぶと、期待したレコードと実際のレコードを比較できます。</translation>
    </message>
    <message>
        <source>Select a test case to see what it checks and what differs.</source>
        <translation>テストケースを選ぶと、何を検査し何が異なるかが表示されます。</translation>
    </message>
    <message>
        <source>%1: not run yet.</source>
        <translation>%1: まだ実行されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: passed (%n expectation(s) hold).</source>
        <translation>
            <numerusform>%1: 合格（%n 件の期待がすべて成立）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: failed (%n expectation(s) not met).</source>
        <translation>
            <numerusform>%1: 不合格（%n 件の期待が満たされていません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: could not run (%n error(s)).</source>
        <translation>
            <numerusform>%1: 実行できませんでした（%n 件のエラー）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit the pipeline (%n error(s)); no case ran.</source>
        <translation>
            <numerusform>%1 はパイプラインに合いません（%n 件のエラー）。どのケースも実行されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected at %1:</source>
        <translation>%1 で期待される内容:</translation>
    </message>
    <message numerus="yes">
        <source>Actual (%n record(s)):</source>
        <translation>
            <numerusform>実際（%n 件のレコード）:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCaseEditorDialog</name>
    <message>
        <source>Expect Current Output</source>
        <translation>現在の出力を期待値にする</translation>
    </message>
    <message>
        <source>New Test Case</source>
        <translation>新しいテストケース</translation>
    </message>
    <message>
        <source>Edit Test Case</source>
        <translation>テストケースを編集</translation>
    </message>
    <message>
        <source>what the case shows, e.g. &quot;readings above 100 raise an alert&quot;</source>
        <translation>このケースが示すこと（例:「100 を超える測定値はアラートになる」）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Run the case now and take what reaches each sink and dead-letter path as its expectations (review them before saving)</source>
        <translation>このケースを今すぐ実行し、各シンクとデッドレター経路に届いた内容を期待値にします（保存前に確認してください）</translation>
    </message>
    <message>
        <source>The pipeline has no source node to feed.</source>
        <translation>このパイプラインには入力を与えるソースノードがありません。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>[{&quot;node&quot;: &quot;SINK&quot;, &quot;records&quot;: [...]}] — or Expect Current Output</source>
        <translation>[{&quot;node&quot;: &quot;シンク&quot;, &quot;records&quot;: [...]}] — または「現在の出力を期待値にする」</translation>
    </message>
    <message>
        <source>[{&quot;node&quot;: &quot;AI STEP&quot;, &quot;prompt&quot;: &quot;text in the prompt&quot;, &quot;answer&quot;: ...}]</source>
        <translation>[{&quot;node&quot;: &quot;AI ステップ&quot;, &quot;prompt&quot;: &quot;プロンプト中の文字列&quot;, &quot;answer&quot;: ...}]</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>One record per line: the value as JSON, or {&quot;value&quot;: …, &quot;key&quot;: …, &quot;headers&quot;: {…}, &quot;timestamp&quot;: …}.</source>
        <translation>1 行に 1 レコード: 値を JSON で、または {&quot;value&quot;: …, &quot;key&quot;: …, &quot;headers&quot;: {…}, &quot;timestamp&quot;: …}。</translation>
    </message>
    <message>
        <source>Expectations (per sink, output port or dead-letter path):</source>
        <translation>期待値（シンク、出力ポート、デッドレター経路ごと）:</translation>
    </message>
    <message>
        <source>Input records per source:</source>
        <translation>ソースごとの入力レコード:</translation>
    </message>
    <message>
        <source>LLM fixtures (answers by node and prompt text, so no test calls a model):</source>
        <translation>LLM フィクスチャ（ノードとプロンプト文字列ごとの回答。テストはモデルを呼び出しません）:</translation>
    </message>
    <message numerus="yes">
        <source>Reads %n record(s) from %1; edit that file to change them.</source>
        <translation>
            <numerusform>%1 から %n 件のレコードを読み込みます。変更するにはそのファイルを編集してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case needs a name.</source>
        <translation>ケースには名前が必要です。</translation>
    </message>
    <message>
        <source>Another case is called &quot;%1&quot;; names must be unique.</source>
        <translation>別のケースが「%1」という名前です。名前は一意である必要があります。</translation>
    </message>
    <message>
        <source>Source %1, line %2: not JSON: %3</source>
        <translation>ソース %1、%2 行目: JSON ではありません: %3</translation>
    </message>
    <message>
        <source>%1: a JSON array [ … ] is expected.</source>
        <translation>%1: JSON 配列 [ … ] が必要です。</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: JSON ではありません: %2</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>LLM fixtures</source>
        <translation>LLM フィクスチャ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The case cannot run:</source>
        <translation>このケースは実行できません:</translation>
    </message>
</context>
<context>
    <name>TestResultLabel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 他 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestsDock</name>
    <message>
        <source>Tests</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Run All &amp;Tests</source>
        <translation>すべてのテストを実行(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Run every case of the pipeline&apos;s test file now (Ctrl+Shift+T)</source>
        <translation>パイプラインのテストファイルの全ケースを今すぐ実行 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Add Test Case…</source>
        <translation>テストケースを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Write input records for the sources and what the sinks must receive</source>
        <translation>ソースへの入力レコードと、シンクが受け取るべき内容を書きます</translation>
    </message>
    <message>
        <source>&amp;Edit Test Case…</source>
        <translation>テストケースを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Test Case</source>
        <translation>テストケースを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Save Run as Test &amp;Case…</source>
        <translation>実行をテストケースとして保存(&amp;C)…</translation>
    </message>
    <message>
        <source>A new case from the records the live run last read at each source; what the pipeline makes of them becomes its expectations</source>
        <translation>ライブ実行が各ソースで最後に読んだレコードから新しいケースを作ります。パイプラインがそれらから生成した結果が期待値になります</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>テストケース</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation>テストケースを削除</translation>
    </message>
    <message>
        <source>Remove the test case &quot;%1&quot; from %2?</source>
        <translation>テストケース「%1」を %2 から削除しますか?</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message numerus="yes">
        <source>failed (%n difference(s))</source>
        <translation>
            <numerusform>不合格（%n 件の差分）</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>No test cases. Add one; save the pipeline to keep its tests beside it.</source>
        <translation>テストケースがありません。追加してください。テストを隣に保存するにはパイプラインを保存してください。</translation>
    </message>
    <message>
        <source>No test cases in %1. Add Test Case writes the first.</source>
        <translation>%1 にテストケースがありません。「テストケースを追加」で最初のケースを書けます。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n test case(s)…</source>
        <translation>
            <numerusform>%n 件のテストケースを実行中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit the pipeline: %n error(s), no case ran.</source>
        <translation>
            <numerusform>%1 はパイプラインに合いません: %n 件のエラー。どのケースも実行されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n test case(s) pass.</source>
        <translation>
            <numerusform>%n 件のテストケースがすべて合格しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test case(s) failed.</source>
        <translation>
            <numerusform>%n 件中 %1 件のテストケースが不合格です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pipeline to keep its tests.</source>
        <translation>テストを残すにはパイプラインを保存してください。</translation>
    </message>
    <message>
        <source>Re-running…</source>
        <translation>再実行中…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>A test case called &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前のテストケースは既にあります。</translation>
    </message>
    <message>
        <source>Saved from a live run.</source>
        <translation>ライブ実行から保存しました。</translation>
    </message>
    <message>
        <source>The run has no records at its sources to save.</source>
        <translation>この実行にはソースで保存できるレコードがありません。</translation>
    </message>
    <message>
        <source>The records cannot be replayed as a test: %1</source>
        <translation>これらのレコードはテストとして再生できません: %1</translation>
    </message>
    <message>
        <source>Save Run as Test Case</source>
        <translation>実行をテストケースとして保存</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) last read at the sources become the inputs. Name of the new case:</source>
        <translation>
            <numerusform>ソースで最後に読まれた %n 件のレコードが入力になります。新しいケースの名前:</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded run</source>
        <translation>記録した実行</translation>
    </message>
</context>
<context>
    <name>TextParameterEditor</name>
    <message>
        <source>e.g. 500ms, 10s, 1m, 2h, 1d</source>
        <translation>例: 500ms、10s、1m、2h、1d</translation>
    </message>
    <message>
        <source>env:NAME or keychain:NAME</source>
        <translation>env:NAME または keychain:NAME</translation>
    </message>
</context>
<context>
    <name>TopicBrowserDock</name>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Use as Source</source>
        <translation>ソースとして使用</translation>
    </message>
    <message>
        <source>Add a Kafka source for this topic, its schema sampled from the latest messages</source>
        <translation>このトピックの Kafka ソースを追加します。スキーマは最新のメッセージからサンプリングされます</translation>
    </message>
    <message>
        <source>Not connected. Start the sandbox (Tools → Sandbox Cluster) or choose a connection profile.</source>
        <translation>接続されていません。サンドボックスを起動する (ツール → サンドボックス クラスター) か、接続プロファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>クラスター: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>トピック %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>  key %1</source>
        <translation>  キー %1</translation>
    </message>
    <message>
        <source>// %1 has no messages yet</source>
        <translation>// %1 にはまだメッセージがありません</translation>
    </message>
    <message>
        <source>First offset: the oldest message a partition still keeps. %1</source>
        <translation>最初のオフセット: パーティションがまだ保持している最も古いメッセージ。%1</translation>
    </message>
</context>
<context>
    <name>TopicTree</name>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>パーティション</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>パーティション %1</translation>
    </message>
    <message>
        <source>Offsets (first … next)</source>
        <translation>オフセット（最初 … 次）</translation>
    </message>
    <message>
        <source>First: the oldest offset the partition still keeps (its log start offset). Next: the offset the next message gets.</source>
        <translation>最初: パーティションがまだ保持している最も古いオフセット（ログ開始オフセット）。次: 次のメッセージに割り当てられるオフセット。</translation>
    </message>
    <message>
        <source>A sandbox partition keeps the newest 5 MiB of record batches (at most 100,000 batches) and drops older messages; its first offset shows where it starts. Produce Samples compresses with lz4 and keeps 200,000 IoT readings; other producers should compress too (kcat -z lz4).</source>
        <translation>サンドボックスのパーティションはレコードバッチの最新 5 MiB（最大 100,000 バッチ）を保持し、それより古いメッセージは破棄します。最初のオフセットで開始位置がわかります。「サンプルを送信」は lz4 で圧縮し、IoT の測定値を 200,000 件保持します。他のプロデューサーも圧縮してください（kcat -z lz4）。</translation>
    </message>
    <message>
        <source>Offsets 0 … %1 are no longer kept (retention; the sandbox keeps only the newest 5 MiB per partition).</source>
        <translation>オフセット 0 … %1 はもう保持されていません（保持期間の制限。サンドボックスはパーティションごとに最新 5 MiB のみ保持します）。</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>No recent files yet.</source>
        <translation>最近使ったファイルはまだありません。</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>新規パイプライン</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Run an example on the sandbox</source>
        <translation>サンドボックスでサンプルを実行</translation>
    </message>
    <message>
        <source>Opens the IoT example on the embedded Kafka cluster and starts it; then Produce Samples.</source>
        <translation>組み込み Kafka クラスタで IoT サンプルを開いて開始します。その後「サンプルを送信」を実行します。</translation>
    </message>
    <message>
        <source>Describe a pipeline to the assistant</source>
        <translation>アシスタントにパイプラインを説明</translation>
    </message>
    <message>
        <source>Say in plain words what should happen to your events; the assistant draws it.</source>
        <translation>イベントをどう処理したいかを普通の言葉で伝えると、アシスタントが図にします。</translation>
    </message>
    <message>
        <source>Welcome to Pipewright</source>
        <translation>Pipewright へようこそ</translation>
    </message>
    <message>
        <source>Design Kafka event pipelines as node graphs, run them live on the sandbox and export them as ksqlDB or Flink SQL.</source>
        <translation>Kafka のイベントパイプラインをノードグラフで設計し、サンドボックスでライブ実行して、ksqlDB または Flink SQL としてエクスポートできます。</translation>
    </message>
    <message>
        <source>Try first</source>
        <translation>まずはお試し</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Kafka source</source>
        <translation>Kafka ソース</translation>
    </message>
    <message>
        <source>Consumes records from a Kafka topic. Declare the record fields so later steps can check their expressions, or leave the schema empty to use any field.</source>
        <translation>Kafka トピックからレコードを消費します。後続のステップが式を検査できるようにレコードのフィールドを宣言するか、スキーマを空のままにして任意のフィールドを使えるようにします。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Every record consumed from the topic.</source>
        <translation>トピックから消費されたすべてのレコード。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Name of the Kafka topic to consume, e.g. iot.readings.</source>
        <translation>消費する Kafka トピックの名前 (例: iot.readings)。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>json parses each value as a JSON object whose members are the record fields; string passes key and value through as the text fields key and value; avro decodes Confluent&apos;s Avro wire format (magic byte, schema id) with the writer schema from the Schema Registry.</source>
        <translation>json は各値を JSON オブジェクトとして解析し、そのメンバーをレコードのフィールドにします。string はキーと値をテキスト フィールド key と value としてそのまま渡します。avro は Confluent の Avro ワイヤー形式 (マジック バイト、スキーマ ID) を Schema Registry のライター スキーマでデコードします。</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Name of the Schema Registry profile (URL and credentials reference, set in the settings or with pipewright-cli run --schema-registry NAME=URL) that holds the topic&apos;s Avro schemas.</source>
        <translation>トピックの Avro スキーマを保持する Schema Registry プロファイルの名前 (URL と認証情報の参照。設定または pipewright-cli run --schema-registry NAME=URL で指定)。</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>The fields of each record (name, type, sensitive for personal data). Empty: fields are not checked until a sample of the topic has been read.</source>
        <translation>各レコードのフィールド (名前、型、個人データの場合は機密)。空の場合、トピックのサンプルを読み取るまでフィールドは検査されません。</translation>
    </message>
    <message>
        <source>Start offset</source>
        <translation>開始オフセット</translation>
    </message>
    <message>
        <source>Where a consumer group without committed offsets starts: earliest reads the whole topic, latest only new records, committed resumes where the group left off and fails when it has no offsets yet.</source>
        <translation>コミット済みオフセットのないコンシューマー グループの開始位置: earliest はトピック全体を、latest は新しいレコードだけを読み取ります。committed はグループが中断した位置から再開し、まだオフセットがない場合は失敗します。</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>コンシューマー グループ</translation>
    </message>
    <message>
        <source>Kafka consumer group id for this source. Empty: the pipeline&apos;s consumer group.</source>
        <translation>このソースの Kafka コンシューマー グループ ID。空の場合はパイプラインのコンシューマー グループ。</translation>
    </message>
    <message>
        <source>Timestamp field</source>
        <translation>タイムスタンプ フィールド</translation>
    </message>
    <message>
        <source>Field holding the event time (epoch milliseconds) used by windows downstream. Empty: the Kafka record timestamp.</source>
        <translation>下流のウィンドウが使うイベント時刻 (エポック ミリ秒) を保持するフィールド。空の場合は Kafka レコードのタイムスタンプ。</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>サンプル データ</translation>
    </message>
    <message>
        <source>Generates realistic sample records without a Kafka topic, to try a pipeline out.</source>
        <translation>Kafka トピックなしで現実的なサンプル レコードを生成し、パイプラインを試せます。</translation>
    </message>
    <message>
        <source>The generated records.</source>
        <translation>生成されたレコード。</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>ジェネレーター</translation>
    </message>
    <message>
        <source>Which built-in data set to generate: iot-temperature — Temperature readings from IoT devices: device id, temperature in degrees Fahrenheit, event time. payments — Card payments: payment id, customer id, amount, ISO currency code, event time. flight-events — Flight status changes (scheduled, delayed, cancelled, boarding, landed) per booked customer, with origin, destination and departure time. chat-messages — Chat messages: message id, user id, channel and free text. customers — Customer master data keyed by customer id; email and phone are personal data (sensitive).</source>
        <translation>生成する組み込みデータセット: iot-temperature — IoT デバイスの温度測定値: デバイス ID、華氏温度、イベント時刻。payments — カード決済: 決済 ID、顧客 ID、金額、ISO 通貨コード、イベント時刻。flight-events — 予約顧客ごとのフライト状況の変化 (scheduled、delayed、cancelled、boarding、landed)。出発地、目的地、出発時刻付き。chat-messages — チャット メッセージ: メッセージ ID、ユーザー ID、チャンネル、自由テキスト。customers — 顧客 ID をキーとする顧客マスター データ。メールと電話番号は個人データ (機密) です。</translation>
    </message>
    <message>
        <source>Rate (records/s)</source>
        <translation>レート (レコード/秒)</translation>
    </message>
    <message>
        <source>Records generated per second; 0 generates as fast as possible.</source>
        <translation>1 秒あたりに生成するレコード数。0 の場合はできるだけ速く生成します。</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Stop after this many records; 0 keeps generating until the pipeline stops.</source>
        <translation>この件数のレコードを生成したら停止します。0 の場合はパイプラインが停止するまで生成を続けます。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Random seed: the same seed produces the same records, so runs are repeatable.</source>
        <translation>乱数シード: 同じシードからは同じレコードが生成されるため、実行を再現できます。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Keeps the records for which a condition is TRUE; the others are dropped and counted.</source>
        <translation>条件が TRUE のレコードを残し、それ以外は破棄してカウントします。</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>The records to process.</source>
        <translation>処理するレコード。</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>The records that pass the condition.</source>
        <translation>条件を満たすレコード。</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>A boolean SQL expression over the record, e.g. temperature &gt; 100 AND device_id LIKE &apos;lab-%&apos;. Records where it is FALSE or NULL are dropped.</source>
        <translation>レコードに対するブール型の SQL 式 (例: temperature &gt; 100 AND device_id LIKE &apos;lab-%&apos;)。FALSE または NULL になるレコードは破棄されます。</translation>
    </message>
    <message>
        <source>On error</source>
        <translation>エラー時</translation>
    </message>
    <message>
        <source>What happens to a record this step fails on: dead-letter sends it with the error, node id and source offset to the pipeline&apos;s dead-letter topic; skip drops it (counted); stop halts the pipeline without committing the record&apos;s offset.</source>
        <translation>このステップで失敗したレコードの扱い: dead-letter はエラー、ノード ID、ソース オフセットとともにパイプラインのデッドレター トピックへ送ります。skip は破棄します (カウントされます)。stop はレコードのオフセットをコミットせずにパイプラインを停止します。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>射影</translation>
    </message>
    <message>
        <source>Builds new records with exactly the listed fields, each computed by an expression (select, rename, convert, derive).</source>
        <translation>一覧のフィールドだけを持つ新しいレコードを作ります。各フィールドは式で計算されます (選択、名前変更、変換、導出)。</translation>
    </message>
    <message>
        <source>Records with the listed fields.</source>
        <translation>一覧のフィールドを持つレコード。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>The output fields in order: a name and the expression computing it, e.g. temp_c = (temperature - 32) / 1.8.</source>
        <translation>出力フィールドを順番に: 名前とそれを計算する式 (例: temp_c = (temperature - 32) / 1.8)。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name of the output field.</source>
        <translation>出力フィールドの名前。</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>式</translation>
    </message>
    <message>
        <source>SQL expression over the input record, e.g. UPPER(country) or amount * 100.</source>
        <translation>入力レコードに対する SQL 式 (例: UPPER(country) や amount * 100)。</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Sends each record to the output of the first route whose condition is TRUE, or to else.</source>
        <translation>各レコードを、条件が TRUE になる最初のルートの出力へ、どれにも当てはまらなければ else へ送ります。</translation>
    </message>
    <message>
        <source>else</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Records matching no route.</source>
        <translation>どのルートにも一致しないレコード。</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Ordered routes, each a name (its output port) and a boolean condition; the first matching route wins, records matching none go to the else output.</source>
        <translation>順序付きのルート。各ルートは名前 (出力ポート) とブール条件を持ちます。最初に一致したルートが優先され、どれにも一致しないレコードは else 出力へ送られます。</translation>
    </message>
    <message>
        <source>Name of the route and its output port; unique, not &quot;else&quot;.</source>
        <translation>ルートとその出力ポートの名前。一意で、&quot;else&quot; 以外。</translation>
    </message>
    <message>
        <source>Boolean SQL expression, e.g. temperature &gt; 132.</source>
        <translation>ブール型の SQL 式 (例: temperature &gt; 132)。</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Checks every record against named constraints: records meeting all of them leave on valid, the others on invalid with the names of the violated constraints.</source>
        <translation>各レコードを名前付き制約で検査します。すべてを満たすレコードは valid から、それ以外は違反した制約名とともに invalid から出力されます。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Records for which every constraint is TRUE.</source>
        <translation>すべての制約が TRUE のレコード。</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Records violating at least one constraint (NULL counts as a violation).</source>
        <translation>少なくとも 1 つの制約に違反するレコード (NULL は違反と見なされます)。</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>制約</translation>
    </message>
    <message>
        <source>Named boolean conditions a valid record meets, e.g. in_range: temperature BETWEEN 32 AND 132.</source>
        <translation>有効なレコードが満たす名前付きのブール条件 (例: in_range: temperature BETWEEN 32 AND 132)。</translation>
    </message>
    <message>
        <source>Name reported for records violating this constraint.</source>
        <translation>この制約に違反したレコードについて報告される名前。</translation>
    </message>
    <message>
        <source>Boolean SQL expression that is TRUE for valid records; NULL counts as a violation.</source>
        <translation>有効なレコードで TRUE になるブール型の SQL 式。NULL は違反と見なされます。</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Anonymises personal data in flight: redacts, hashes or partially hides the listed fields. Masked fields may then be sent to LLM steps.</source>
        <translation>個人データを流れの中で匿名化します。一覧のフィールドを墨消し、ハッシュ化、または部分的に隠します。マスクしたフィールドは LLM ステップに送信できます。</translation>
    </message>
    <message>
        <source>The records with the listed fields masked.</source>
        <translation>一覧のフィールドをマスクしたレコード。</translation>
    </message>
    <message>
        <source>The fields to mask and how.</source>
        <translation>マスクするフィールドとその方法。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Field to mask; a dotted path such as customer.email reaches nested fields.</source>
        <translation>マスクするフィールド。customer.email のようなドット区切りのパスで入れ子のフィールドを指定できます。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>redact replaces the value with a fixed marker; hash replaces it with a SHA-256 hex digest (equal values stay joinable); partial hides all but the last characters.</source>
        <translation>redact は値を固定のマーカーに置き換えます。hash は SHA-256 の 16 進ダイジェストに置き換えます (同じ値どうしは結合可能なままです)。partial は末尾の数文字以外を隠します。</translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation>末尾を残す</translation>
    </message>
    <message>
        <source>For partial: how many trailing characters stay visible.</source>
        <translation>partial の場合: 末尾の何文字を表示したままにするか。</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Groups records by key within time windows and computes count, sum, avg, min or max per group; emits one record per group and window.</source>
        <translation>時間ウィンドウ内でレコードをキーごとにグループ化し、グループごとに count、sum、avg、min、max を計算します。グループとウィンドウごとに 1 レコードを出力します。</translation>
    </message>
    <message>
        <source>One record per group and window: group columns, aggregates, window_start, window_end.</source>
        <translation>グループとウィンドウごとに 1 レコード: グループ列、集計値、window_start、window_end。</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <source>Expressions forming the group key, e.g. customer_id. A field keeps its name as column; other expressions become key_1, key_2, ... Empty: one group for all records.</source>
        <translation>グループ キーを構成する式 (例: customer_id)。フィールドはその名前が列名になり、それ以外の式は key_1、key_2、... になります。空の場合、全レコードで 1 つのグループです。</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>集計値</translation>
    </message>
    <message>
        <source>The computed columns: a name, a function and the expression it aggregates.</source>
        <translation>計算する列: 名前、関数、集計する式。</translation>
    </message>
    <message>
        <source>Name of the output column, e.g. total_amount.</source>
        <translation>出力列の名前 (例: total_amount)。</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>関数</translation>
    </message>
    <message>
        <source>count counts records (or non-NULL values of the expression); sum and avg need a number; min and max work on numbers, strings and timestamps.</source>
        <translation>count はレコード (または式の NULL 以外の値) を数えます。sum と avg には数値が必要です。min と max は数値、文字列、タイムスタンプに使えます。</translation>
    </message>
    <message>
        <source>The value aggregated, e.g. amount. Optional for count.</source>
        <translation>集計する値 (例: amount)。count では省略できます。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>tumbling: fixed, non-overlapping windows of the size; hopping: windows of the size starting every advance; session: a window per key that closes after a gap of inactivity.</source>
        <translation>tumbling: 指定サイズの重ならない固定ウィンドウ。hopping: 指定サイズのウィンドウが advance ごとに開始します。session: キーごとのウィンドウで、一定時間操作がないと閉じます。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Window length, e.g. 1m or 1h.</source>
        <translation>ウィンドウの長さ (例: 1m や 1h)。</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>進み幅</translation>
    </message>
    <message>
        <source>For hopping windows: how far each window starts after the previous one (at most the size).</source>
        <translation>hopping ウィンドウの場合: 各ウィンドウが前のウィンドウからどれだけ後に開始するか (最大でサイズまで)。</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>For session windows: inactivity after which a key&apos;s session closes.</source>
        <translation>session ウィンドウの場合: この時間操作がないとキーのセッションが閉じます。</translation>
    </message>
    <message>
        <source>Time field</source>
        <translation>時刻フィールド</translation>
    </message>
    <message>
        <source>Event-time field (timestamp or epoch milliseconds) that assigns records to windows. Empty: processing time.</source>
        <translation>レコードをウィンドウに割り当てるイベント時刻フィールド (タイムスタンプまたはエポック ミリ秒)。空の場合は処理時刻。</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>猶予期間</translation>
    </message>
    <message>
        <source>How long a window stays open for late records after it ends.</source>
        <translation>ウィンドウ終了後、遅れて届いたレコードのために開いておく時間。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>結合</translation>
    </message>
    <message>
        <source>Enriches each stream record with the latest table record of the same key (stream-table lookup join), e.g. flight events with customer data.</source>
        <translation>各ストリーム レコードを同じキーを持つ最新のテーブル レコードで補完します (ストリームとテーブルのルックアップ結合)。例: フライト イベントに顧客データを付加。</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>The records to enrich; each produces at most one output.</source>
        <translation>補完するレコード。各レコードは最大 1 件の出力を生成します。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>A table topic: the latest record per key is kept and looked up.</source>
        <translation>テーブル トピック: キーごとの最新レコードが保持され、参照されます。</translation>
    </message>
    <message>
        <source>Stream fields followed by table fields (clashing table names prefixed table_).</source>
        <translation>ストリームのフィールドの後にテーブルのフィールドが続きます (名前が衝突するテーブル側のフィールドには table_ が付きます)。</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリーム キー</translation>
    </message>
    <message>
        <source>Expression over the stream record giving the lookup key, e.g. customer_id.</source>
        <translation>ルックアップ キーを返すストリーム レコードに対する式 (例: customer_id)。</translation>
    </message>
    <message>
        <source>Table key</source>
        <translation>テーブル キー</translation>
    </message>
    <message>
        <source>Expression over the table record giving its key, e.g. customer_id.</source>
        <translation>テーブル レコードのキーを返す式 (例: customer_id)。</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>結合の種類</translation>
    </message>
    <message>
        <source>left keeps stream records without a table match (table fields NULL); inner drops them.</source>
        <translation>left はテーブルに一致しないストリーム レコードも残します (テーブル側のフィールドは NULL)。inner はそれらを破棄します。</translation>
    </message>
    <message>
        <source>Deduplicate</source>
        <translation>重複排除</translation>
    </message>
    <message>
        <source>Drops records whose key was already seen within the window, e.g. redelivered events.</source>
        <translation>ウィンドウ内ですでに現れたキーを持つレコードを破棄します (例: 再配信されたイベント)。</translation>
    </message>
    <message>
        <source>The first record of each key per window.</source>
        <translation>ウィンドウごとの各キーの最初のレコード。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Expression identifying duplicates, e.g. event_id or CONCAT(device_id, &apos;-&apos;, CAST(ts AS STRING)).</source>
        <translation>重複を識別する式 (例: event_id や CONCAT(device_id, &apos;-&apos;, CAST(ts AS STRING)))。</translation>
    </message>
    <message>
        <source>How long a key is remembered.</source>
        <translation>キーを記憶しておく期間。</translation>
    </message>
    <message>
        <source>LLM prompt</source>
        <translation>LLM プロンプト</translation>
    </message>
    <message>
        <source>Sends a prompt built from each record to a chat-completion model and adds the answer to the record.</source>
        <translation>各レコードから組み立てたプロンプトをチャット補完モデルに送り、回答をレコードに追加します。</translation>
    </message>
    <message>
        <source>The records to send to the model.</source>
        <translation>モデルに送るレコード。</translation>
    </message>
    <message>
        <source>The input records with the model&apos;s answer added.</source>
        <translation>モデルの回答を追加した入力レコード。</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Name of the LLM endpoint profile from the settings (base URL, API key reference, default model) of any OpenAI-compatible service: OpenAI, Azure gateways, Ollama, vLLM, llama.cpp.</source>
        <translation>設定にある LLM エンドポイント プロファイルの名前 (ベース URL、API キーの参照、既定のモデル)。OpenAI 互換の任意のサービス (OpenAI、Azure ゲートウェイ、Ollama、vLLM、llama.cpp) を使えます。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Model name as the endpoint knows it, e.g. gpt-4o-mini or llama3.1:8b. Empty: the endpoint profile&apos;s default model.</source>
        <translation>エンドポイントが認識するモデル名 (例: gpt-4o-mini や llama3.1:8b)。空の場合はエンドポイント プロファイルの既定モデル。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システム プロンプト</translation>
    </message>
    <message>
        <source>Sets the model&apos;s role and rules, e.g. &quot;You are a Kafka operations analyst. Answer in one sentence.&quot;</source>
        <translation>モデルの役割とルールを設定します (例: &quot;You are a Kafka operations analyst. Answer in one sentence.&quot;)。</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>ユーザー プロンプト</translation>
    </message>
    <message>
        <source>The message sent per record; {{field}} or {{a.b}} inserts a field of the record, e.g. &quot;Summarise this event: {{payload}}&quot;. Sensitive fields must be masked first.</source>
        <translation>レコードごとに送るメッセージ。{{field}} や {{a.b}} でレコードのフィールドを挿入できます (例: &quot;Summarise this event: {{payload}}&quot;)。機密フィールドは先にマスクする必要があります。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Randomness of the answer from 0 (deterministic) to 2.</source>
        <translation>回答のランダム性。0 (決定的) から 2 まで。</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Upper bound on the answer&apos;s length in tokens.</source>
        <translation>回答の長さの上限 (トークン数)。</translation>
    </message>
    <message>
        <source>Output field</source>
        <translation>出力フィールド</translation>
    </message>
    <message>
        <source>Field that receives the answer.</source>
        <translation>回答を受け取るフィールド。</translation>
    </message>
    <message>
        <source>Output mode</source>
        <translation>出力モード</translation>
    </message>
    <message>
        <source>text stores the answer as a string; json asks for a JSON object and stores it parsed (answers that are not valid JSON are errors).</source>
        <translation>text は回答を文字列として保存します。json は JSON オブジェクトを要求し、解析して保存します (有効な JSON でない回答はエラーになります)。</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON スキーマ</translation>
    </message>
    <message>
        <source>For json mode: a JSON schema the answer must follow; its properties become the output field&apos;s members.</source>
        <translation>json モードの場合: 回答が従うべき JSON スキーマ。そのプロパティが出力フィールドのメンバーになります。</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>最大再試行回数</translation>
    </message>
    <message>
        <source>How often a failed or timed-out call is retried before the record goes to the error policy. 0 disables retries.</source>
        <translation>失敗またはタイムアウトした呼び出しを、レコードをエラー ポリシーに渡す前に何回再試行するか。0 で再試行を無効にします。</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>バックオフ</translation>
    </message>
    <message>
        <source>Wait before the first retry, e.g. 500ms or 2s.</source>
        <translation>最初の再試行までの待ち時間 (例: 500ms や 2s)。</translation>
    </message>
    <message>
        <source>Backoff strategy</source>
        <translation>バックオフ方式</translation>
    </message>
    <message>
        <source>exponential doubles the wait after every failed attempt; fixed waits the same each time.</source>
        <translation>exponential は失敗するたびに待ち時間を 2 倍にします。fixed は毎回同じ時間待ちます。</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Longest time one call may take before it counts as failed.</source>
        <translation>1 回の呼び出しが失敗と見なされるまでの最長時間。</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>最大同時実行数</translation>
    </message>
    <message>
        <source>Calls running at the same time. Higher values raise throughput but also the load and rate-limit pressure on the endpoint.</source>
        <translation>同時に実行する呼び出しの数。値を大きくするとスループットが上がりますが、エンドポイントの負荷とレート制限への圧力も高まります。</translation>
    </message>
    <message>
        <source>LLM classify</source>
        <translation>LLM 分類</translation>
    </message>
    <message>
        <source>Asks a model to pick exactly one of the given labels for each record, e.g. for moderation or triage; route on the label afterwards.</source>
        <translation>各レコードについて、指定したラベルのうち 1 つだけをモデルに選ばせます (例: モデレーションやトリアージ)。その後、ラベルでルーティングします。</translation>
    </message>
    <message>
        <source>The input records with the chosen label added.</source>
        <translation>選ばれたラベルを追加した入力レコード。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>The text to classify, built from the record: e.g. &quot;{{text}}&quot;. Sensitive fields must be masked first.</source>
        <translation>分類するテキスト。レコードから組み立てます (例: &quot;{{text}}&quot;)。機密フィールドは先にマスクする必要があります。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>The possible labels (at least two), each with a description that tells the model when it applies.</source>
        <translation>選択可能なラベル (2 つ以上)。それぞれに、どのような場合に当てはまるかをモデルに伝える説明を付けます。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>The value stored in the output field, e.g. toxic.</source>
        <translation>出力フィールドに保存される値 (例: toxic)。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>When this label applies.</source>
        <translation>このラベルが当てはまる場合。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Extra guidance for the model, e.g. how to treat ambiguous cases.</source>
        <translation>モデルへの追加の指示 (例: あいまいな場合の扱い方)。</translation>
    </message>
    <message>
        <source>Field that receives the chosen label.</source>
        <translation>選ばれたラベルを受け取るフィールド。</translation>
    </message>
    <message>
        <source>LLM extract</source>
        <translation>LLM 抽出</translation>
    </message>
    <message>
        <source>Asks a model to extract typed fields from free text in each record, e.g. amounts, names or dates from a message.</source>
        <translation>各レコードの自由テキストから型付きのフィールドをモデルに抽出させます (例: メッセージ中の金額、名前、日付)。</translation>
    </message>
    <message>
        <source>The input records with the extracted fields added.</source>
        <translation>抽出したフィールドを追加した入力レコード。</translation>
    </message>
    <message>
        <source>The text to extract from, built from the record: e.g. &quot;{{text}}&quot;. Sensitive fields must be masked first.</source>
        <translation>抽出元のテキスト。レコードから組み立てます (例: &quot;{{text}}&quot;)。機密フィールドは先にマスクする必要があります。</translation>
    </message>
    <message>
        <source>The fields to extract, with their types; a value the model cannot find is NULL.</source>
        <translation>抽出するフィールドとその型。モデルが見つけられない値は NULL になります。</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>Computes an embedding vector of a text per record, for vector search and real-time RAG.</source>
        <translation>レコードごとにテキストの埋め込みベクトルを計算します。ベクトル検索やリアルタイム RAG に使います。</translation>
    </message>
    <message>
        <source>The input records with the embedding added.</source>
        <translation>埋め込みを追加した入力レコード。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Expression giving the text to embed, e.g. description or CONCAT(title, &apos; &apos;, body). Sensitive fields must be masked first.</source>
        <translation>埋め込むテキストを返す式 (例: description や CONCAT(title, &apos; &apos;, body))。機密フィールドは先にマスクする必要があります。</translation>
    </message>
    <message>
        <source>Field that receives the vector (array of double).</source>
        <translation>ベクトルを受け取るフィールド (double の配列)。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチ サイズ</translation>
    </message>
    <message>
        <source>Texts sent per request.</source>
        <translation>1 回のリクエストで送るテキスト数。</translation>
    </message>
    <message>
        <source>Kafka sink</source>
        <translation>Kafka シンク</translation>
    </message>
    <message>
        <source>Produces every incoming record to a Kafka topic.</source>
        <translation>受け取ったすべてのレコードを Kafka トピックに送信します。</translation>
    </message>
    <message>
        <source>Records to produce; several steps may feed one sink.</source>
        <translation>送信するレコード。複数のステップから 1 つのシンクに接続できます。</translation>
    </message>
    <message>
        <source>Name of the Kafka topic to write, e.g. TempRangeAlert.</source>
        <translation>書き込む Kafka トピックの名前 (例: TempRangeAlert)。</translation>
    </message>
    <message>
        <source>json writes each record as a JSON object; string writes the record&apos;s value field as text; avro writes Confluent&apos;s Avro wire format with a schema made from the incoming fields, registered under the subject &lt;topic&gt;-value after a compatibility check.</source>
        <translation>json は各レコードを JSON オブジェクトとして書き込みます。string はレコードの value フィールドをテキストとして書き込みます。avro は受け取ったフィールドから作ったスキーマで Confluent の Avro ワイヤー形式を書き込みます。スキーマは互換性チェックの後、サブジェクト &lt;topic&gt;-value に登録されます。</translation>
    </message>
    <message>
        <source>Name of the Schema Registry profile (URL and credentials reference) where the sink registers its Avro schema.</source>
        <translation>シンクが Avro スキーマを登録する Schema Registry プロファイルの名前 (URL と認証情報の参照)。</translation>
    </message>
    <message>
        <source>Expression giving the Kafka message key, e.g. device_id (records with the same key keep their order). Empty: the source record&apos;s key.</source>
        <translation>Kafka メッセージのキーを返す式 (例: device_id。同じキーのレコードは順序が保たれます)。空の場合はソース レコードのキー。</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>デッドレター</translation>
    </message>
    <message>
        <source>Writes records that failed a check (e.g. validate&apos;s invalid output) to a dead-letter topic with the reason, node id and original position in headers.</source>
        <translation>チェックに失敗したレコード (例: 検証の invalid 出力) を、理由、ノード ID、元の位置をヘッダーに付けてデッドレター トピックに書き込みます。</translation>
    </message>
    <message>
        <source>Rejected records; several steps may feed one dead-letter sink.</source>
        <translation>拒否されたレコード。複数のステップから 1 つのデッドレター シンクに接続できます。</translation>
    </message>
    <message>
        <source>Name of the dead-letter topic.</source>
        <translation>デッドレター トピックの名前。</translation>
    </message>
    <message>
        <source>Database sink</source>
        <translation>データベース シンク</translation>
    </message>
    <message>
        <source>Records to store; several steps may feed one sink.</source>
        <translation>保存するレコード。複数のステップから 1 つのシンクに接続できます。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Password variable</source>
        <translation>パスワード変数</translation>
    </message>
    <message>
        <source>Target table, e.g. readings or iot.readings.</source>
        <translation>書き込み先のテーブル (例: readings や iot.readings)。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Which field fills which column. Empty: every input field, with its name made a valid column name (lower case, letters, digits, underscores).</source>
        <translation>どのフィールドをどの列に入れるか。空の場合はすべての入力フィールドを使い、名前を有効な列名 (小文字、英字、数字、アンダースコア) に変換します。</translation>
    </message>
    <message>
        <source>Input field (a.b for nested fields; objects and arrays are stored as JSON).</source>
        <translation>入力フィールド (入れ子のフィールドは a.b。オブジェクトと配列は JSON として保存されます)。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column name; empty: the field&apos;s last name segment, sanitised.</source>
        <translation>列名。空の場合はフィールド名の最後の部分を整形したもの。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>insert adds a row per record; upsert inserts or updates the row with the same key, so records read again after a restart leave the table unchanged (idempotent).</source>
        <translation>insert はレコードごとに行を追加します。upsert は同じキーの行を挿入または更新するため、再起動後に再度読み取ったレコードがあってもテーブルは変わりません (冪等)。</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>キー列</translation>
    </message>
    <message>
        <source>Columns identifying a row (the primary key of a created table; required for upsert), e.g. device_id, ts.</source>
        <translation>行を識別する列 (作成したテーブルの主キー。upsert では必須) (例: device_id、ts)。</translation>
    </message>
    <message>
        <source>Create table</source>
        <translation>テーブルを作成</translation>
    </message>
    <message>
        <source>Create the table when it does not exist, with column types from the input fields.</source>
        <translation>テーブルが存在しない場合、入力フィールドから決めた列型で作成します。</translation>
    </message>
    <message>
        <source>Rows written per transaction. Larger batches are faster; the source offsets of a batch are committed after it is.</source>
        <translation>1 トランザクションで書き込む行数。バッチが大きいほど高速です。バッチのソース オフセットはバッチのコミット後にコミットされます。</translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation>フラッシュ間隔</translation>
    </message>
    <message>
        <source>Longest time a record waits for its batch to fill before the batch is written anyway.</source>
        <translation>レコードがバッチの充填を待つ最長時間。これを過ぎるとバッチは満杯でなくても書き込まれます。</translation>
    </message>
    <message>
        <source>How often a batch that failed transiently (connection lost, deadlock, database busy) is retried before its records go to the error policy.</source>
        <translation>一時的に失敗したバッチ (接続断、デッドロック、データベース ビジー) を、そのレコードをエラー ポリシーに渡す前に何回再試行するか。</translation>
    </message>
    <message>
        <source>Wait before the first retry; doubles after every failed attempt.</source>
        <translation>最初の再試行までの待ち時間。失敗するたびに 2 倍になります。</translation>
    </message>
    <message>
        <source>Export topic</source>
        <translation>エクスポート トピック</translation>
    </message>
    <message>
        <source>SQL export: the topic the script writes for the Kafka Connect JDBC sink connector to read. Empty: the table name.</source>
        <translation>SQL エクスポート: Kafka Connect JDBC シンク コネクターが読み取るためにスクリプトが書き込むトピック。空の場合はテーブル名。</translation>
    </message>
    <message>
        <source>Vector upsert</source>
        <translation>ベクトル アップサート</translation>
    </message>
    <message>
        <source>Stores each record&apos;s embedding (from an embed step) under its id in an embedded vector index with a text and metadata, for retrieval by vector-retrieve. An existing id is replaced. The index is saved to a file, so it survives restarts.</source>
        <translation>各レコードの埋め込み (埋め込みステップの出力) を、テキストとメタデータとともに ID をキーとして組み込みのベクトル インデックスに保存し、vector-retrieve で検索できるようにします。既存の ID は置き換えられます。インデックスはファイルに保存されるため、再起動後も残ります。</translation>
    </message>
    <message>
        <source>Records with an embedding and an id.</source>
        <translation>埋め込みと ID を持つレコード。</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Name of the vector index, e.g. flights. Nodes of one pipeline that name the same index share it (upsert and retrieve in one run).</source>
        <translation>ベクトル インデックスの名前 (例: flights)。1 つのパイプライン内で同じインデックス名を指定したノードはそれを共有します (1 回の実行でアップサートと検索)。</translation>
    </message>
    <message>
        <source>Index file</source>
        <translation>インデックス ファイル</translation>
    </message>
    <message>
        <source>File the index is loaded from at start and saved to (a sidecar beside the HNSW graph file). Empty: vector-indexes/&lt;index&gt;.vindex in the working directory.</source>
        <translation>起動時にインデックスを読み込み、保存先にもなるファイル (HNSW グラフ ファイルの隣に置く付随ファイル)。空の場合は作業ディレクトリの vector-indexes/&lt;index&gt;.vindex。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Expression giving the entry&apos;s id, e.g. flight_id; a record with an id already in the index replaces that entry.</source>
        <translation>エントリの ID を返す式 (例: flight_id)。インデックスにすでにある ID のレコードは、そのエントリを置き換えます。</translation>
    </message>
    <message>
        <source>Embedding field</source>
        <translation>埋め込みフィールド</translation>
    </message>
    <message>
        <source>Field holding the vector (array of numbers), e.g. the embed step&apos;s output field.</source>
        <translation>ベクトル (数値の配列) を保持するフィールド (例: 埋め込みステップの出力フィールド)。</translation>
    </message>
    <message>
        <source>Expression giving the text stored with the entry and handed to retrieval results, e.g. CONCAT(flight_id, &apos; &apos;, status).</source>
        <translation>エントリとともに保存され、検索結果に渡されるテキストを返す式 (例: CONCAT(flight_id, &apos; &apos;, status))。</translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation>メタデータ フィールド</translation>
    </message>
    <message>
        <source>Fields stored with the entry and returned with each retrieval hit, e.g. departure, gate.</source>
        <translation>エントリとともに保存され、各ヒットとともに返されるフィールド (例: departure、gate)。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>次元</translation>
    </message>
    <message>
        <source>Length of the vectors. 0: taken from the index file or the first vector. A vector of another length is an error for that record.</source>
        <translation>ベクトルの長さ。0 の場合はインデックス ファイルまたは最初のベクトルから決まります。長さの異なるベクトルはそのレコードのエラーになります。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>HNSW links per vector: higher improves recall and costs memory and insert time.</source>
        <translation>ベクトルあたりの HNSW リンク数。大きくすると再現率が上がりますが、メモリと挿入時間が増えます。</translation>
    </message>
    <message>
        <source>ef construction</source>
        <translation>ef construction</translation>
    </message>
    <message>
        <source>ef search</source>
        <translation>ef search</translation>
    </message>
    <message>
        <source>Save interval</source>
        <translation>保存間隔</translation>
    </message>
    <message>
        <source>Vector retrieve</source>
        <translation>ベクトル検索</translation>
    </message>
    <message>
        <source>Embeds a query text per record and adds the k most similar index entries (cosine) as context, e.g. for an llm-prompt step that answers with retrieved facts (RAG).</source>
        <translation>レコードごとにクエリ テキストを埋め込み、最も類似したインデックス エントリ k 件 (コサイン) をコンテキストとして追加します。例: 検索した事実をもとに回答する LLM プロンプト ステップ (RAG) 向け。</translation>
    </message>
    <message>
        <source>Records with a query text.</source>
        <translation>クエリ テキストを持つレコード。</translation>
    </message>
    <message>
        <source>The input records with the retrieved context added.</source>
        <translation>検索したコンテキストを追加した入力レコード。</translation>
    </message>
    <message>
        <source>Embedding model; must be the one that embedded the indexed records.</source>
        <translation>埋め込みモデル。インデックス化したレコードを埋め込んだものと同じでなければなりません。</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Expression giving the text to search for, e.g. question. Sensitive fields must be masked first.</source>
        <translation>検索するテキストを返す式 (例: question)。機密フィールドは先にマスクする必要があります。</translation>
    </message>
    <message>
        <source>Results (k)</source>
        <translation>結果数 (k)</translation>
    </message>
    <message>
        <source>How many nearest entries to add.</source>
        <translation>追加する最近傍エントリの数。</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>最小スコア</translation>
    </message>
    <message>
        <source>Entries less similar than this cosine similarity (-1 to 1) are left out.</source>
        <translation>コサイン類似度がこの値 (-1 から 1) 未満のエントリは除外されます。</translation>
    </message>
    <message>
        <source>Field that receives the hits: an array of {id, score, text, metadata}, best first.</source>
        <translation>ヒットを受け取るフィールド: {id, score, text, metadata} の配列 (最良のものが先頭)。</translation>
    </message>
    <message>
        <source>Context text field</source>
        <translation>コンテキスト テキスト フィールド</translation>
    </message>
    <message>
        <source>Field that receives the hits rendered as numbered lines of text, for a prompt template&apos;s {{field}}. Empty: not added.</source>
        <translation>ヒットを番号付きのテキスト行として受け取るフィールド。プロンプト テンプレートの {{field}} 用です。空の場合は追加されません。</translation>
    </message>
    <message>
        <source>Queries embedded per request.</source>
        <translation>1 回のリクエストで埋め込むクエリ数。</translation>
    </message>
    <message>
        <source>HNSW candidate list while inserting: higher builds a better graph, more slowly (40 inserts about three times as fast as 100; with efSearch 128, recall@10 is about 0.98 at 100,000 vectors).</source>
        <translation>挿入時の HNSW 候補リスト。大きくするとより良いグラフが作られますが、遅くなります (40 は 100 の約 3 倍の速さで挿入でき、efSearch 128 なら 100,000 ベクトルで recall@10 は約 0.98 です)。</translation>
    </message>
    <message>
        <source>HNSW candidate list while searching (at least k): higher improves recall, costs latency (128: recall@10 about 0.98 at 100,000 vectors, under a millisecond per search).</source>
        <translation>検索時の HNSW 候補リスト (k 以上)。大きくすると再現率が上がりますが、レイテンシが増えます (128 なら 100,000 ベクトルで recall@10 は約 0.98、1 回の検索は 1 ミリ秒未満)。</translation>
    </message>
    <message>
        <source>How often the index is saved (a large index, whose save takes longer, at most a tenth of the time); source offsets are committed only after the save that contains their records.</source>
        <translation>インデックスを保存する頻度 (保存に時間のかかる大きなインデックスでは、全体の時間の最大 10 分の 1)。ソース オフセットは、そのレコードを含む保存が終わった後にのみコミットされます。</translation>
    </message>
    <message>
        <source>keeps its windows in memory, outside the Kafka transaction: the offsets of messages in an open window cannot be committed, and after a crash a window would be rebuilt from part of its messages; use at-least-once, or export to Flink SQL or ksqlDB, which checkpoint window state</source>
        <translation>ウィンドウを Kafka トランザクション外のメモリに保持します。開いているウィンドウ内のメッセージのオフセットはコミットできず、クラッシュ後にはウィンドウがメッセージの一部だけから再構築されます。at-least-once を使用するか、ウィンドウ状態をチェックポイントする Flink SQL または ksqlDB にエクスポートしてください</translation>
    </message>
    <message>
        <source>remembers the keys it has seen in memory, outside the Kafka transaction: after a crash the replayed messages would find the memory empty; use at-least-once, or export to Flink SQL or ksqlDB</source>
        <translation>確認済みのキーを Kafka トランザクション外のメモリに記憶します。クラッシュ後に再処理されるメッセージからはメモリが空に見えます。at-least-once を使用するか、Flink SQL または ksqlDB にエクスポートしてください</translation>
    </message>
    <message>
        <source>calls the model outside the Kafka transaction: after a crash the messages of the aborted transaction are processed again and the model is asked again (answers may differ) unless the run keeps an answer cache (--llm-cache)</source>
        <translation>Kafka トランザクション外でモデルを呼び出します。実行で回答キャッシュ（--llm-cache）を保持していない場合、クラッシュ後に中断されたトランザクションのメッセージが再処理され、モデルに再度問い合わせます（回答が異なる場合があります）</translation>
    </message>
    <message>
        <source>calls the embedding endpoint outside the Kafka transaction: after a crash it embeds the replayed messages again unless the run keeps an answer cache (--llm-cache)</source>
        <translation>Kafka トランザクション外で埋め込みエンドポイントを呼び出します。実行で回答キャッシュ（--llm-cache）を保持していない場合、クラッシュ後に再処理されるメッセージを再度埋め込みます</translation>
    </message>
    <message>
        <source>Writes every incoming record as a row of a PostgreSQL, MySQL/MariaDB or SQLite table (insert, or upsert by key), in batches of one transaction each; source offsets are committed only after the batch is committed.</source>
        <translation>受信した各レコードを PostgreSQL、MySQL/MariaDB または SQLite テーブルの行として書き込みます（挿入、またはキーによる upsert）。バッチごとに 1 つのトランザクションで書き込み、ソースのオフセットはバッチのコミット後にのみコミットされます。</translation>
    </message>
    <message>
        <source>writes rows in a database transaction of its own, which cannot commit together with the Kafka transaction: after a crash the rows would be written again; use at-least-once (upserts make the repeats harmless) or a Kafka sink read by a Kafka Connect JDBC sink</source>
        <translation>独自のデータベーストランザクションで行を書き込みますが、これは Kafka トランザクションと一緒にコミットできません。クラッシュ後に行が再度書き込まれます。at-least-once（upsert なら重複は無害）を使用するか、Kafka Connect JDBC シンクが読み取る Kafka シンクを使用してください</translation>
    </message>
    <message>
        <source>postgresql (libpq), mysql (MySQL or MariaDB, through MariaDB Connector/C) or sqlite (a local database file).</source>
        <translation>postgresql（libpq）、mysql（MySQL または MariaDB、MariaDB Connector/C 経由）、または sqlite（ローカルのデータベースファイル）。</translation>
    </message>
    <message>
        <source>PostgreSQL: a connection profile name, a conninfo (host=db port=5432 dbname=iot user=app) or a URI (postgresql://app@db/iot); MySQL: a connection profile name or a URI (mysql://app@db:3306/iot); SQLite: the database file path. Never a password: name its environment variable in Password variable.</source>
        <translation>PostgreSQL: 接続プロファイル名、conninfo（host=db port=5432 dbname=iot user=app）または URI（postgresql://app@db/iot）。MySQL: 接続プロファイル名または URI（mysql://app@db:3306/iot）。SQLite: データベースファイルのパス。パスワードは指定しないでください。その環境変数名をパスワード変数に指定します。</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the database password, e.g. PGPASSWORD_IOT. Empty: no password (PostgreSQL: trust, peer or .pgpass).</source>
        <translation>データベースのパスワードを保持する環境変数の名前（例: PGPASSWORD_IOT）。空: パスワードなし（PostgreSQL: trust、peer または .pgpass）。</translation>
    </message>
    <message>
        <source>Connect source</source>
        <translation>Connect ソース</translation>
    </message>
    <message>
        <source>A Kafka Connect source connector (JDBC, or Debezium change data capture from Oracle, MySQL or PostgreSQL) running in your Connect cluster: the pipeline reads the topic the connector writes, and export writes the connector&apos;s configuration beside the SQL.</source>
        <translation>Connect クラスターで動作する Kafka Connect ソースコネクタ（JDBC、または Oracle、MySQL、PostgreSQL からの Debezium 変更データキャプチャ）。パイプラインはコネクタが書き込むトピックを読み取り、エクスポート時にはコネクタの設定が SQL と並べて書き出されます。</translation>
    </message>
    <message>
        <source>The connector&apos;s records: Debezium change events or rows.</source>
        <translation>コネクタのレコード: Debezium の変更イベントまたは行。</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>コネクタ</translation>
    </message>
    <message>
        <source>Which connector captures the table: debezium-oracle — Debezium Oracle CDC (io.debezium.connector.oracle.OracleConnector). debezium-mysql — Debezium MySQL CDC (io.debezium.connector.mysql.MySqlConnector). debezium-postgresql — Debezium PostgreSQL CDC (io.debezium.connector.postgresql.PostgresConnector). jdbc — JDBC source (Confluent) (io.confluent.connect.jdbc.JdbcSourceConnector).</source>
        <translation>テーブルをキャプチャするコネクタ: debezium-oracle — Debezium Oracle CDC（io.debezium.connector.oracle.OracleConnector）。debezium-mysql — Debezium MySQL CDC（io.debezium.connector.mysql.MySqlConnector）。debezium-postgresql — Debezium PostgreSQL CDC（io.debezium.connector.postgresql.PostgresConnector）。jdbc — JDBC ソース（Confluent）（io.confluent.connect.jdbc.JdbcSourceConnector）。</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>コネクタ名</translation>
    </message>
    <message>
        <source>The connector&apos;s name in the Connect cluster (the REST API&apos;s /connectors/{name}). Empty: &lt;pipeline name&gt;-&lt;node id&gt;.</source>
        <translation>Connect クラスター内でのコネクタ名（REST API の /connectors/{name}）。空: &lt;パイプライン名&gt;-&lt;ノードID&gt;。</translation>
    </message>
    <message>
        <source>Topic prefix</source>
        <translation>トピックプレフィックス</translation>
    </message>
    <message>
        <source>The connector&apos;s topic.prefix. Debezium writes &lt;prefix&gt;.&lt;schema&gt;.&lt;table&gt;, the JDBC source &lt;prefix&gt;&lt;table&gt;.</source>
        <translation>コネクタの topic.prefix。Debezium は &lt;プレフィックス&gt;.&lt;スキーマ&gt;.&lt;テーブル&gt;、JDBC ソースは &lt;プレフィックス&gt;&lt;テーブル&gt; に書き込みます。</translation>
    </message>
    <message>
        <source>The table&apos;s schema (Oracle: the owner, e.g. SALES; PostgreSQL: e.g. public; MySQL: the database), as the database spells it. Part of the Debezium topic name.</source>
        <translation>テーブルのスキーマ（Oracle: 所有者、例: SALES。PostgreSQL: 例: public。MySQL: データベース）。データベースでの表記どおりに指定します。Debezium のトピック名の一部になります。</translation>
    </message>
    <message>
        <source>The captured table, as the database spells it (Oracle: upper case, e.g. CUSTOMER).</source>
        <translation>キャプチャするテーブル。データベースでの表記どおりに指定します（Oracle: 大文字、例: CUSTOMER）。</translation>
    </message>
    <message>
        <source>The table&apos;s columns as the connector writes them (name, type, sensitive). Debezium keeps the database&apos;s spelling; timestamps arrive as epoch milliseconds.</source>
        <translation>コネクタが書き込むテーブルの列（名前、型、機密）。Debezium はデータベースでの表記をそのまま保持します。タイムスタンプはエポックミリ秒で届きます。</translation>
    </message>
    <message>
        <source>Rows only (unwrap)</source>
        <translation>行のみ（unwrap）</translation>
    </message>
    <message>
        <source>Apply Debezium&apos;s ExtractNewRecordState transform: each record is the row after the change instead of the change event envelope (before, after, source, op, ts_ms); deletes are dropped.</source>
        <translation>Debezium の ExtractNewRecordState 変換を適用します。各レコードは変更イベントのエンベロープ（before, after, source, op, ts_ms）ではなく、変更後の行になります。削除は破棄されます。</translation>
    </message>
    <message>
        <source>Change event fields the unwrap transform adds to each row with a __ prefix (its add.fields), e.g. op gives __op (c insert, u update, r snapshot read), source.ts_ms gives __source_ts_ms.</source>
        <translation>unwrap 変換が各行に __ プレフィックス付きで追加する変更イベントのフィールド（add.fields）。例: op は __op（c 挿入、u 更新、r スナップショット読み取り）、source.ts_ms は __source_ts_ms になります。</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>データベースホスト</translation>
    </message>
    <message>
        <source>Host name or address of the database server, as the Connect worker reaches it. (database.hostname)</source>
        <translation>Connect ワーカーから到達できるデータベースサーバーのホスト名またはアドレス。(database.hostname)</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>データベースポート</translation>
    </message>
    <message>
        <source>TCP port of the database server. (database.port) Default: the connector&apos;s own for the chosen template. Default: the connector&apos;s own for the chosen template.</source>
        <translation>データベースサーバーの TCP ポート。(database.port) デフォルト: 選択したテンプレートのコネクタ既定値。デフォルト: 選択したテンプレートのコネクタ既定値。</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>データベースユーザー</translation>
    </message>
    <message>
        <source>The user the connector logs in as; it needs the database&apos;s CDC privileges. (database.user)</source>
        <translation>コネクタがログインに使用するユーザー。データベースの CDC 権限が必要です。(database.user)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Reference to the password, never the password: env:NAME (an environment variable of the Connect worker and of Pipewright) or keychain:NAME. (database.password)</source>
        <translation>パスワードそのものではなく、パスワードへの参照: env:NAME（Connect ワーカーと Pipewright の環境変数）または keychain:NAME。(database.password)</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>The database (the container database, CDB, with a pluggable database) to capture. (database.dbname)</source>
        <translation>キャプチャするデータベース（プラガブルデータベースを含むコンテナデータベース、CDB）。(database.dbname)</translation>
    </message>
    <message>
        <source>Pluggable database</source>
        <translation>プラガブルデータベース</translation>
    </message>
    <message>
        <source>Name of the pluggable database (PDB) holding the table; empty for a non-CDB installation. (database.pdb.name)</source>
        <translation>テーブルを含むプラガブルデータベース（PDB）の名前。非 CDB 環境では空欄。(database.pdb.name)</translation>
    </message>
    <message>
        <source>Schema history brokers</source>
        <translation>スキーマ履歴ブローカー</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers where the connector keeps the history of the database&apos;s DDL. (schema.history.internal.kafka.bootstrap.servers)</source>
        <translation>コネクタがデータベースの DDL 履歴を保持する Kafka ブートストラップサーバー。(schema.history.internal.kafka.bootstrap.servers)</translation>
    </message>
    <message>
        <source>Schema history topic</source>
        <translation>スキーマ履歴トピック</translation>
    </message>
    <message>
        <source>Topic of the DDL history, one per connector. Empty: &lt;connector name&gt;.schema-history. (schema.history.internal.kafka.topic)</source>
        <translation>DDL 履歴のトピック（コネクタごとに 1 つ）。空欄: &lt;connector name&gt;.schema-history。(schema.history.internal.kafka.topic)</translation>
    </message>
    <message>
        <source>Snapshot mode</source>
        <translation>スナップショットモード</translation>
    </message>
    <message>
        <source>initial: read the table&apos;s current rows (op r), then stream changes; initial_only: only the rows; no_data: only changes from now on; when_needed: snapshot again when the log position is lost. (snapshot.mode)</source>
        <translation>initial: テーブルの現在の行を読み取り（op r）、その後変更をストリーミング。initial_only: 行のみ。no_data: 今後の変更のみ。when_needed: ログ位置が失われた場合に再度スナップショット。(snapshot.mode)</translation>
    </message>
    <message>
        <source>Decimal handling</source>
        <translation>小数の処理</translation>
    </message>
    <message>
        <source>How NUMBER/DECIMAL columns are written: precise as encoded bytes (not readable as JSON numbers), double as numbers, string as text. Choose double for columns declared double. (decimal.handling.mode)</source>
        <translation>NUMBER/DECIMAL 列の書き込み方法: precise はエンコードされたバイト（JSON の数値として読めない）、double は数値、string はテキスト。double として宣言された列には double を選択します。(decimal.handling.mode)</translation>
    </message>
    <message>
        <source>Server id</source>
        <translation>サーバー ID</translation>
    </message>
    <message>
        <source>A numeric id, unique among the MySQL server&apos;s replication clients, the connector joins with. (database.server.id)</source>
        <translation>コネクタが参加する際に使う数値 ID。MySQL サーバーのレプリケーションクライアント間で一意である必要があります。(database.server.id)</translation>
    </message>
    <message>
        <source>Decoding plugin</source>
        <translation>デコードプラグイン</translation>
    </message>
    <message>
        <source>Logical decoding plugin; pgoutput is built into PostgreSQL 10 and later. (plugin.name)</source>
        <translation>論理デコードプラグイン。pgoutput は PostgreSQL 10 以降に組み込まれています。(plugin.name)</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>レプリケーションスロット</translation>
    </message>
    <message>
        <source>Name of the logical replication slot; unique per connector. (slot.name)</source>
        <translation>論理レプリケーションスロットの名前。コネクタごとに一意。(slot.name)</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>パブリケーション</translation>
    </message>
    <message>
        <source>The pgoutput publication the connector reads. (publication.name)</source>
        <translation>コネクタが読み取る pgoutput パブリケーション。(publication.name)</translation>
    </message>
    <message>
        <source>JDBC URL</source>
        <translation>JDBC URL</translation>
    </message>
    <message>
        <source>The database&apos;s JDBC URL without credentials, e.g. jdbc:postgresql://db:5432/shop. (connection.url)</source>
        <translation>認証情報を含まないデータベースの JDBC URL。例: jdbc:postgresql://db:5432/shop。(connection.url)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Database user name. (connection.user)</source>
        <translation>データベースのユーザー名。(connection.user)</translation>
    </message>
    <message>
        <source>Reference to the password, never the password: env:NAME (an environment variable of the Connect worker and of Pipewright) or keychain:NAME. (connection.password)</source>
        <translation>パスワードそのものではなく、パスワードへの参照: env:NAME（Connect ワーカーと Pipewright の環境変数）または keychain:NAME。(connection.password)</translation>
    </message>
    <message>
        <source>Query mode</source>
        <translation>クエリモード</translation>
    </message>
    <message>
        <source>How new rows are found: bulk copies the whole table each poll; incrementing by a strictly growing column; timestamp by a modification time column; or both. (mode)</source>
        <translation>新しい行の検出方法: bulk はポーリングごとにテーブル全体をコピー、incrementing は厳密に増加する列で、timestamp は更新時刻列で、またはその両方。(mode)</translation>
    </message>
    <message>
        <source>Incrementing column</source>
        <translation>増分列</translation>
    </message>
    <message>
        <source>Strictly increasing column (usually the primary key); required for the incrementing modes. (incrementing.column.name)</source>
        <translation>厳密に増加する列（通常は主キー）。incrementing モードで必須。(incrementing.column.name)</translation>
    </message>
    <message>
        <source>Timestamp column</source>
        <translation>タイムスタンプ列</translation>
    </message>
    <message>
        <source>Modification time column; required for the timestamp modes. (timestamp.column.name)</source>
        <translation>更新時刻の列。timestamp モードで必須。(timestamp.column.name)</translation>
    </message>
    <message>
        <source>Poll interval (ms)</source>
        <translation>ポーリング間隔 (ms)</translation>
    </message>
    <message>
        <source>How often the table is queried. (poll.interval.ms)</source>
        <translation>テーブルを照会する頻度。(poll.interval.ms)</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>その他のプロパティ</translation>
    </message>
    <message>
        <source>Further connector properties, written into the exported configuration as they are. Secrets belong in the secret fields above, never here.</source>
        <translation>エクスポートされる構成にそのまま書き込まれる追加のコネクタプロパティ。シークレットはここではなく、上のシークレット欄に入力してください。</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Connect property name, e.g. poll.interval.ms.</source>
        <translation>Connect プロパティ名。例: poll.interval.ms。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Its value, as text.</source>
        <translation>その値（テキスト）。</translation>
    </message>
    <message>
        <source>Connect sink</source>
        <translation>Connect シンク</translation>
    </message>
    <message>
        <source>A Kafka Connect sink connector (Snowflake, Amazon S3, JDBC or MongoDB) running in your Connect cluster: the pipeline writes the topic the connector reads, and export writes the connector&apos;s configuration beside the SQL.</source>
        <translation>Connect クラスターで動作する Kafka Connect シンクコネクタ（Snowflake、Amazon S3、JDBC、MongoDB）。パイプラインはコネクタが読み取るトピックに書き込み、エクスポートは SQL と並べてコネクタの構成を書き出します。</translation>
    </message>
    <message>
        <source>Records for the connector; several steps may feed one sink.</source>
        <translation>コネクタへのレコード。複数のステップから 1 つのシンクに供給できます。</translation>
    </message>
    <message>
        <source>Which connector moves the topic on: snowflake — Snowflake sink (com.snowflake.kafka.connector.SnowflakeSinkConnector). s3 — Amazon S3 sink (Confluent) (io.confluent.connect.s3.S3SinkConnector). jdbc — JDBC sink (Confluent) (io.confluent.connect.jdbc.JdbcSinkConnector). mongodb — MongoDB sink (com.mongodb.kafka.connect.MongoSinkConnector).</source>
        <translation>トピックを転送するコネクタ: snowflake — Snowflake シンク (com.snowflake.kafka.connector.SnowflakeSinkConnector)。s3 — Amazon S3 シンク (Confluent) (io.confluent.connect.s3.S3SinkConnector)。jdbc — JDBC シンク (Confluent) (io.confluent.connect.jdbc.JdbcSinkConnector)。mongodb — MongoDB シンク (com.mongodb.kafka.connect.MongoSinkConnector)。</translation>
    </message>
    <message>
        <source>The topic the pipeline writes and the connector reads (its topics property).</source>
        <translation>パイプラインが書き込み、コネクタが読み取るトピック（topics プロパティ）。</translation>
    </message>
    <message>
        <source>Destination table (Snowflake, JDBC) or collection (MongoDB).</source>
        <translation>書き込み先のテーブル（Snowflake、JDBC）またはコレクション（MongoDB）。</translation>
    </message>
    <message>
        <source>json writes plain JSON objects (read with Connect&apos;s schemaless JSON converter); avro writes Confluent&apos;s Avro wire format registered in the Schema Registry, which the JDBC sink needs for its column types.</source>
        <translation>json はプレーンな JSON オブジェクトを書き込みます（Connect のスキーマレス JSON コンバーターで読み取り）。avro は Schema Registry に登録された Confluent の Avro ワイヤ形式で書き込みます。JDBC シンクは列の型を得るためにこれを必要とします。</translation>
    </message>
    <message>
        <source>Account URL</source>
        <translation>アカウント URL</translation>
    </message>
    <message>
        <source>The account&apos;s host and port, e.g. myorg-account1.snowflakecomputing.com:443. (snowflake.url.name)</source>
        <translation>アカウントのホストとポート。例: myorg-account1.snowflakecomputing.com:443。(snowflake.url.name)</translation>
    </message>
    <message>
        <source>The Snowflake user with the connector&apos;s role and key pair. (snowflake.user.name)</source>
        <translation>コネクタのロールとキーペアを持つ Snowflake ユーザー。(snowflake.user.name)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>Reference to the user&apos;s private key (key pair authentication), never the key: env:NAME or keychain:NAME. (snowflake.private.key)</source>
        <translation>鍵そのものではなく、ユーザーの秘密鍵（キーペア認証）への参照: env:NAME または keychain:NAME。(snowflake.private.key)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>Reference to the passphrase of an encrypted private key; empty for an unencrypted key. (snowflake.private.key.passphrase)</source>
        <translation>暗号化された秘密鍵のパスフレーズへの参照。暗号化されていない鍵の場合は空欄。(snowflake.private.key.passphrase)</translation>
    </message>
    <message>
        <source>The Snowflake database holding the table. (snowflake.database.name)</source>
        <translation>テーブルを含む Snowflake データベース。(snowflake.database.name)</translation>
    </message>
    <message>
        <source>The schema holding the table, e.g. PUBLIC. (snowflake.schema.name)</source>
        <translation>テーブルを含むスキーマ。例: PUBLIC。(snowflake.schema.name)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Role the connector uses; empty: the user&apos;s default role. (snowflake.role.name)</source>
        <translation>コネクタが使用するロール。空欄: ユーザーのデフォルトロール。(snowflake.role.name)</translation>
    </message>
    <message>
        <source>Ingestion</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>SNOWPIPE stages files and loads them; SNOWPIPE_STREAMING inserts rows with lower latency. (snowflake.ingestion.method)</source>
        <translation>SNOWPIPE はファイルをステージングしてロードします。SNOWPIPE_STREAMING は低レイテンシで行を挿入します。(snowflake.ingestion.method)</translation>
    </message>
    <message>
        <source>Buffer records</source>
        <translation>バッファーレコード数</translation>
    </message>
    <message>
        <source>Records buffered per partition before they are loaded. (buffer.count.records)</source>
        <translation>ロード前にパーティションごとにバッファーされるレコード数。(buffer.count.records)</translation>
    </message>
    <message>
        <source>Buffer flush time (s)</source>
        <translation>バッファーフラッシュ時間 (秒)</translation>
    </message>
    <message>
        <source>Seconds between loads of a partition&apos;s buffer. (buffer.flush.time)</source>
        <translation>パーティションのバッファーをロードする間隔（秒）。(buffer.flush.time)</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>The S3 bucket the objects are written to. (s3.bucket.name)</source>
        <translation>オブジェクトの書き込み先 S3 バケット。(s3.bucket.name)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>The bucket&apos;s AWS region. (s3.region)</source>
        <translation>バケットの AWS リージョン。(s3.region)</translation>
    </message>
    <message>
        <source>Records per object</source>
        <translation>オブジェクトあたりのレコード数</translation>
    </message>
    <message>
        <source>Records written to one S3 object before it is committed. (flush.size)</source>
        <translation>S3 オブジェクトをコミットする前に書き込むレコード数。(flush.size)</translation>
    </message>
    <message>
        <source>Rotate interval (ms)</source>
        <translation>ローテーション間隔 (ms)</translation>
    </message>
    <message>
        <source>Also commit an object after this much record time, so quiet partitions are written too. (rotate.interval.ms)</source>
        <translation>このレコード時間が経過した後にもオブジェクトをコミットし、動きの少ないパーティションも書き込まれるようにします。(rotate.interval.ms)</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>キープレフィックス</translation>
    </message>
    <message>
        <source>Top-level folder of the objects in the bucket. (topics.dir)</source>
        <translation>バケット内のオブジェクトの最上位フォルダー。(topics.dir)</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Reference to the AWS access key id; empty: the worker&apos;s default credentials (instance role). (aws.access.key.id)</source>
        <translation>AWS アクセスキー ID への参照。空欄: ワーカーのデフォルト認証情報（インスタンスロール）。(aws.access.key.id)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>Reference to the AWS secret access key. (aws.secret.access.key)</source>
        <translation>AWS シークレットアクセスキーへの参照。(aws.secret.access.key)</translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation>挿入モード</translation>
    </message>
    <message>
        <source>insert adds a row per record; upsert inserts or updates by the key; update only updates. (insert.mode)</source>
        <translation>insert はレコードごとに行を追加、upsert はキーに基づいて挿入または更新、update は更新のみ。(insert.mode)</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>キーのソース</translation>
    </message>
    <message>
        <source>Where the primary key columns come from: none, the Kafka key, or fields of the value. (pk.mode)</source>
        <translation>主キー列の取得元: none、Kafka キー、または値のフィールド。(pk.mode)</translation>
    </message>
    <message>
        <source>Primary key columns (upsert and update need them). (pk.fields)</source>
        <translation>主キー列（upsert と update で必要）。(pk.fields)</translation>
    </message>
    <message>
        <source>Create the table from the record schema when it does not exist. (auto.create)</source>
        <translation>テーブルが存在しない場合、レコードスキーマから作成します。(auto.create)</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>接続 URI</translation>
    </message>
    <message>
        <source>Reference to the mongodb:// or mongodb+srv:// URI, which holds the credentials: env:NAME or keychain:NAME. (connection.uri)</source>
        <translation>認証情報を含む mongodb:// または mongodb+srv:// URI への参照: env:NAME または keychain:NAME。(connection.uri)</translation>
    </message>
    <message>
        <source>The MongoDB database of the collection. (database)</source>
        <translation>コレクションの MongoDB データベース。(database)</translation>
    </message>
    <message>
        <source>Document id strategy</source>
        <translation>ドキュメント ID 戦略</translation>
    </message>
    <message>
        <source>Class computing each document&apos;s _id, e.g. com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy; empty: a new ObjectId. (document.id.strategy)</source>
        <translation>各ドキュメントの _id を計算するクラス。例: com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy。空欄: 新しい ObjectId。(document.id.strategy)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Kafka event pipelines as node graphs.</source>
        <translation>Kafka イベント パイプラインをノード グラフとして設計します。</translation>
    </message>
    <message>
        <source>Run against the embedded sandbox Kafka cluster.</source>
        <translation>組み込みのサンドボックス Kafka クラスターで実行します。</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the first paint and exit.</source>
        <translation>最初の描画後にウィンドウの PNG を保存して終了します。</translation>
    </message>
    <message>
        <source>Pipeline file to open.</source>
        <translation>開くパイプライン ファイル。</translation>
    </message>
</context>
</TS>

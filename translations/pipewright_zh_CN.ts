<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Recent prompts</source>
        <translation>最近的提示</translation>
    </message>
    <message>
        <source>Pick an earlier prompt to edit or run it again</source>
        <translation>选择之前的提示以编辑或再次运行</translation>
    </message>
    <message>
        <source>Describe a pipeline, e.g. &quot;Consume the temperature readings, send readings above 132 or below 32 to TempRangeAlert and invalid ones to a dead-letter topic&quot; — or a change to the current one.</source>
        <translation>描述一个管道，例如“消费温度读数，将高于 132 或低于 32 的读数发送到 TempRangeAlert，将无效读数发送到死信主题”——或者描述对当前管道的修改。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Create a new pipeline from the description (previewed before it replaces the document)</source>
        <translation>根据描述创建新管道（替换文档前先预览）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Change the current pipeline as the text says</source>
        <translation>按文本所述修改当前管道</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>解释(&amp;X)</translation>
    </message>
    <message>
        <source>Describe the current pipeline in plain language</source>
        <translation>用通俗的语言描述当前管道</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Replace the document&apos;s pipeline with the preview (one undo step)</source>
        <translation>用预览替换文档中的管道（一步即可撤销）</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <source>Describe the pipeline or the change first.</source>
        <translation>请先描述管道或修改内容。</translation>
    </message>
    <message>
        <source>The pipeline is empty: there is nothing to edit or explain. Use Generate.</source>
        <translation>管道为空：没有可编辑或解释的内容。请使用“生成”。</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>正在询问模型…</translation>
    </message>
    <message>
        <source>Sampling topics…</source>
        <translation>正在采样主题…</translation>
    </message>
    <message>
        <source>Checking the answer…</source>
        <translation>正在检查回答…</translation>
    </message>
    <message numerus="yes">
        <source>Repairing %n problem(s)…</source>
        <translation>
            <numerusform>正在修复 %n 个问题…</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>正在布局…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source>The assistant could not reach the model; nothing was changed.</source>
        <translation>助手无法连接到模型；未做任何更改。</translation>
    </message>
    <message>
        <source>No valid pipeline.</source>
        <translation>没有有效的管道。</translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s pipeline still has %n problem(s) after %1 repair round(s); nothing was changed.</source>
        <translation>
            <numerusform>经过 %1 轮修复后，模型生成的管道仍有 %n 个问题；未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s last answer:</source>
        <translation>模型的最后一个回答：</translation>
    </message>
    <message>
        <source>The proposed pipeline is valid, with these notes:</source>
        <translation>建议的管道有效，但有以下提示：</translation>
    </message>
    <message>
        <source>The model proposes no changes.</source>
        <translation>模型未建议任何更改。</translation>
    </message>
    <message>
        <source>Review the preview, then Apply or Discard.</source>
        <translation>请检查预览，然后选择“应用”或“丢弃”。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added</source>
        <translation>
            <numerusform>添加了 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>修改了 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>删除了 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>edges: %1 added, %2 removed</source>
        <translation>连线：添加 %1 条，删除 %2 条</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>已修改：%1</translation>
    </message>
    <message>
        <source>The pipeline was changed after the request; the preview no longer fits it. Ask again or discard the preview.</source>
        <translation>请求之后管道已被修改，预览不再适用。请重新请求或丢弃预览。</translation>
    </message>
    <message>
        <source>Generate Pipeline</source>
        <translation>生成管道</translation>
    </message>
    <message>
        <source>Assistant Edit</source>
        <translation>助手编辑</translation>
    </message>
    <message>
        <source>Applied. Undo reverts it in one step.</source>
        <translation>已应用。撤销可一步还原。</translation>
    </message>
    <message>
        <source>Discarded; nothing was changed.</source>
        <translation>已丢弃；未做任何更改。</translation>
    </message>
    <message>
        <source>The LLM endpoint profile the assistant asks (Tools → Settings → LLM Endpoints; the profile marked for the assistant is preselected)</source>
        <translation>助手所请求的 LLM 端点配置文件（工具 → 设置 → LLM 端点；已标记供助手使用的配置文件会被预先选中）</translation>
    </message>
    <message>
        <source>No profile: %1 (add profiles in Tools → Settings)</source>
        <translation>没有配置文件：%1（请在 工具 → 设置 中添加配置文件）</translation>
    </message>
    <message>
        <source>The API key of the profile &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取配置文件“%1”的 API 密钥：%2</translation>
    </message>
    <message>
        <source>Receiving the answer…</source>
        <translation>正在接收回答…</translation>
    </message>
    <message>
        <source>Describing more node kinds…</source>
        <translation>正在描述更多节点类型…</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 of %2 · %3 · %n token(s) · %4 s</source>
        <translation>
            <numerusform>第 %1/%2 轮 · %3 · %n 个 token · %4 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceParameterEditor</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置文件需要一个名称。</translation>
    </message>
    <message>
        <source>%1: bootstrap servers are required (host:port, comma-separated).</source>
        <translation>%1：必须填写引导服务器（host:port，以逗号分隔）。</translation>
    </message>
    <message>
        <source>a property has no name.</source>
        <translation>某个属性没有名称。</translation>
    </message>
    <message>
        <source>set bootstrap servers in their own field, not as a property.</source>
        <translation>请在专用字段中设置 bootstrap 服务器，而不要作为属性。</translation>
    </message>
    <message>
        <source>%1 is a secret; store it in the keychain (Settings) or enter env:VARIABLE_NAME and set that environment variable instead of storing the secret.</source>
        <translation>%1 是机密信息；请将其存入钥匙串（设置），或输入 env:VARIABLE_NAME 并设置该环境变量，而不要直接保存机密。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>%1: %2 must be a reference (env:NAME or keychain:NAME), not a value.</source>
        <translation>%1：%2 必须是引用（env:NAME 或 keychain:NAME），而不是值。</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>Connect an output to an input, not to another output</source>
        <translation>请将输出连接到输入，而不是另一个输出</translation>
    </message>
    <message>
        <source>Connect an input to an output, not to another input</source>
        <translation>请将输入连接到输出，而不是另一个输入</translation>
    </message>
    <message>
        <source>A node cannot feed itself</source>
        <translation>节点不能连接到自身</translation>
    </message>
    <message>
        <source>Unknown input port</source>
        <translation>未知的输入端口</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>This connection would create a loop</source>
        <translation>此连接会形成环路</translation>
    </message>
    <message>
        <source>Replaces the existing connection</source>
        <translation>替换现有连接</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No bootstrap servers given.</source>
        <translation>未指定引导服务器。</translation>
    </message>
    <message>
        <source>Invalid property %1: %2</source>
        <translation>无效的属性 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a Kafka client: %1</source>
        <translation>无法创建 Kafka 客户端：%1</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>%1 无响应：%2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n broker(s)</source>
        <translation>
            <numerusform>已连接：%n 个 broker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>No base URL given.</source>
        <translation>未指定基础 URL。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1).</source>
        <translation>服务器拒绝了 API 密钥（HTTP %1）。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s)</source>
        <translation>
            <numerusform>已连接：%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>the model %1 is not among them</source>
        <translation>其中没有模型 %1</translation>
    </message>
    <message>
        <source>The model list is not available (HTTP %1) and a test completion failed: %2</source>
        <translation>无法获取模型列表（HTTP %1），测试补全也失败了：%2</translation>
    </message>
    <message>
        <source>Connected: a test completion answered in %1 ms</source>
        <translation>已连接：测试补全在 %1 毫秒内返回</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>未指定 URL。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n subject(s)</source>
        <translation>
            <numerusform>已连接：%n 个 subject</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No database given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>%1 does not exist yet; the first run creates it.</source>
        <translation>%1 尚不存在；首次运行时会创建它。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist or is not writable.</source>
        <translation>无法创建 %1：文件夹 %2 不存在或不可写。</translation>
    </message>
    <message>
        <source>Unknown database driver %1.</source>
        <translation>未知的数据库驱动 %1。</translation>
    </message>
    <message>
        <source>Connected: %1 answered SELECT 1.</source>
        <translation>已连接：%1 已响应 SELECT 1。</translation>
    </message>
</context>
<context>
    <name>DatabaseProfile</name>
    <message>
        <source>Database profile %1: password: %2</source>
        <translation>数据库配置文件 %1：密码：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseProfilesPage</name>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>Database sinks with this driver can name the profile in their connection</source>
        <translation>使用此驱动的数据库 Sink 可在其连接中指定此配置文件</translation>
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
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>The SQLite file; the first run creates it</source>
        <translation>SQLite 文件；首次运行时创建</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Stored in the keychain or read from an environment variable when a run starts; never in the settings</source>
        <translation>存储在钥匙串中，或在运行开始时从环境变量读取；绝不保存在设置中</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>an option has no name.</source>
        <translation>某个选项没有名称。</translation>
    </message>
    <message>
        <source>password is a secret; enter it in the Password field (keychain) or as env:VARIABLE_NAME instead of an option.</source>
        <translation>password 是机密信息；请在“密码”字段（钥匙串）中输入，或使用 env:VARIABLE_NAME，而不要作为选项。</translation>
    </message>
    <message>
        <source>set %1 in its own field, not as an option.</source>
        <translation>请在专用字段中设置 %1，而不要作为选项。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>Options (PostgreSQL: libpq keywords such as sslmode or connect_timeout; MySQL: socket, connect_timeout or ssl_mode)</source>
        <translation>选项（PostgreSQL：libpq 关键字，如 sslmode 或 connect_timeout；MySQL：socket、connect_timeout 或 ssl_mode）</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>部署 %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Remove what this deployment created and restore what it removed</source>
        <translation>移除此次部署创建的内容，并恢复其删除的内容</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>No deployment targets yet: add one under Tools → Settings → Deployment targets.</source>
        <translation>尚无部署目标：请在 工具 → 设置 → 部署目标 中添加。</translation>
    </message>
    <message>
        <source>Asking %1 what runs…</source>
        <translation>正在向 %1 查询运行中的内容…</translation>
    </message>
    <message>
        <source>nothing to deploy</source>
        <translation>没有可部署的内容</translation>
    </message>
    <message>
        <source>%1: node %2 cannot be deployed: %3</source>
        <translation>%1：节点 %2 无法部署：%3</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>正在部署…</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>正在回滚…</translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation>无法规划：%1</translation>
    </message>
    <message>
        <source>The target&apos;s engine cannot express this pipeline; see the nodes in Diagnostics.</source>
        <translation>目标的引擎无法表达此管道；请查看“诊断”中的节点。</translation>
    </message>
    <message>
        <source>Ready to deploy.</source>
        <translation>已准备好部署。</translation>
    </message>
    <message>
        <source>Up to date: nothing to change.</source>
        <translation>已是最新：无需更改。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Nothing was created before the failure.</source>
        <translation>失败前未创建任何内容。</translation>
    </message>
    <message>
        <source>Created before the failure: %1</source>
        <translation>失败前已创建：%1</translation>
    </message>
    <message>
        <source>Deployed.</source>
        <translation>已部署。</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>已回滚。</translation>
    </message>
</context>
<context>
    <name>DeploymentController</name>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>部署(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Deploy the pipeline to ksqlDB, a Flink SQL Gateway or Kafka Connect</source>
        <translation>将管道部署到 ksqlDB、Flink SQL Gateway 或 Kafka Connect</translation>
    </message>
</context>
<context>
    <name>DeploymentTargetsPage</name>
    <message>
        <source>Deployment targets</source>
        <translation>部署目标</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://.</source>
        <translation>URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>ksqlDB server</source>
        <translation>ksqlDB 服务器</translation>
    </message>
    <message>
        <source>Flink SQL Gateway</source>
        <translation>Flink SQL Gateway</translation>
    </message>
    <message>
        <source>Kafka Connect worker</source>
        <translation>Kafka Connect 工作节点</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The engine&apos;s REST endpoint</source>
        <translation>引擎的 REST 端点</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>user:password for HTTP basic authentication, or Bearer TOKEN; empty = none</source>
        <translation>HTTP 基本身份验证的 user:password，或 Bearer TOKEN；留空 = 无</translation>
    </message>
    <message>
        <source>Kafka Connect target</source>
        <translation>Kafka Connect 目标</translation>
    </message>
    <message>
        <source>The target (a Kafka Connect worker) that receives the pipeline&apos;s connector configurations</source>
        <translation>接收管道连接器配置的目标（Kafka Connect 工作节点）</translation>
    </message>
    <message>
        <source>Kafka for Flink</source>
        <translation>用于 Flink 的 Kafka</translation>
    </message>
    <message>
        <source>&apos;properties.bootstrap.servers&apos; of the exported Flink tables</source>
        <translation>导出的 Flink 表的 &apos;properties.bootstrap.servers&apos;</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Schema Registry of Avro topics in production</source>
        <translation>生产环境中 Avro 主题的 Schema Registry</translation>
    </message>
    <message>
        <source>REST API version</source>
        <translation>REST API 版本</translation>
    </message>
</context>
<context>
    <name>DeploymentsDock</name>
    <message>
        <source>Target / object</source>
        <translation>目标 / 对象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Terminate the selected query or job, drop the stream, delete the connector</source>
        <translation>终止所选查询或作业，删除流，删除连接器</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the pipeline this was deployed from</source>
        <translation>打开部署来源的管道</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n target(s)…</source>
        <translation>
            <numerusform>正在查询 %n 个目标…</numerusform>
        </translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message numerus="yes">
        <source>%n deployed</source>
        <translation>
            <numerusform>已部署 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 running, %2 failed or stopped · refreshed %3</source>
        <translation>%1 个运行中，%2 个失败或已停止 · 刷新于 %3</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>正在停止 %1…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Stop failed: %1</source>
        <translation>停止失败：%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>Unknown node kind “%1”.</source>
        <translation>未知的节点类型“%1”。</translation>
    </message>
    <message>
        <source>No source feeds this node; it will never receive records.</source>
        <translation>没有任何源连接到此节点；它永远不会收到记录。</translation>
    </message>
    <message>
        <source>Input “%1” is not connected.</source>
        <translation>输入“%1”未连接。</translation>
    </message>
    <message>
        <source>The input is not connected.</source>
        <translation>输入未连接。</translation>
    </message>
    <message>
        <source>Input “%1” accepts one edge but has %2.</source>
        <translation>输入“%1”只接受一条连线，但现在有 %2 条。</translation>
    </message>
    <message>
        <source>The pipeline loops: %1; records would circle forever.</source>
        <translation>管道存在环路：%1；记录会无限循环。</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” is ignored.</source>
        <translation>未知参数“%1”将被忽略。</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>缺少必填值。</translation>
    </message>
    <message>
        <source>“%1” is not a valid choice; use one of: %2.</source>
        <translation>“%1”不是有效的选项；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write e.g. 500ms, 10s, 1m, 2h or 1d.</source>
        <translation>“%1”不是时长；请写成例如 500ms、10s、1m、2h 或 1d。</translation>
    </message>
    <message>
        <source>Needs at least %1 entries, has %2.</source>
        <translation>至少需要 %1 项，当前有 %2 项。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>The expression must be %1, but it is %2.</source>
        <translation>表达式必须是 %1，但实际是 %2。</translation>
    </message>
    <message>
        <source>The edge is connected to a node or port that does not exist.</source>
        <translation>连线连接到了不存在的节点或端口。</translation>
    </message>
    <message>
        <source>The edge must go from an output to an input.</source>
        <translation>连线必须从输出连到输入。</translation>
    </message>
    <message>
        <source>Field “%1” is marked sensitive and would be sent to the model unmasked; mask it upstream (mask node) or remove it from the prompt.</source>
        <translation>字段“%1”被标记为敏感字段，将以未脱敏的形式发送给模型；请在上游对其脱敏（脱敏节点），或将其从提示中移除。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Exactly-once cannot include a %1 node: it %2.</source>
        <translation>exactly-once 不能包含 %1 节点：它%2。</translation>
    </message>
    <message>
        <source>Under exactly-once, this %1 node %2.</source>
        <translation>在 exactly-once 下，此 %1 节点%2。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsWidget</name>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>（管道）</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>文档还没有文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExampleGallery</name>
    <message>
        <source>Cannot read this example: %1</source>
        <translation>无法读取此示例：%1</translation>
    </message>
</context>
<context>
    <name>ExampleGalleryDialog</name>
    <message>
        <source>New from Example</source>
        <translation>从示例新建</translation>
    </message>
</context>
<context>
    <name>ExpressionEdit</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>必须是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>%1
%2
Example: %3</source>
        <translation>%1
%2
示例：%3</translation>
    </message>
</context>
<context>
    <name>ExpressionFunctions</name>
    <message>
        <source>Upper-cases the ASCII letters of s.</source>
        <translation>将 s 中的 ASCII 字母转换为大写。</translation>
    </message>
    <message>
        <source>Lower-cases the ASCII letters of s.</source>
        <translation>将 s 中的 ASCII 字母转换为小写。</translation>
    </message>
    <message>
        <source>Removes leading and trailing white space.</source>
        <translation>删除首尾空白字符。</translation>
    </message>
    <message>
        <source>Joins strings; NULL when any argument is NULL.</source>
        <translation>连接字符串；任一参数为 NULL 时返回 NULL。</translation>
    </message>
    <message>
        <source>Joins the non-NULL strings with a separator.</source>
        <translation>用分隔符连接非 NULL 字符串。</translation>
    </message>
    <message>
        <source>Characters from 1-based start, optionally at most length of them.</source>
        <translation>从 start（从 1 开始）起的字符，可选地最多取 length 个。</translation>
    </message>
    <message>
        <source>The first n characters (&apos;&apos; when n &lt;= 0).</source>
        <translation>前 n 个字符（n &lt;= 0 时为 &apos;&apos;）。</translation>
    </message>
    <message>
        <source>The last n characters (&apos;&apos; when n &lt;= 0).</source>
        <translation>后 n 个字符（n &lt;= 0 时为 &apos;&apos;）。</translation>
    </message>
    <message>
        <source>Number of characters (not bytes).</source>
        <translation>字符数（非字节数）。</translation>
    </message>
    <message>
        <source>Replaces every occurrence of search (an empty search changes nothing).</source>
        <translation>替换 search 的所有出现（search 为空时不做任何更改）。</translation>
    </message>
    <message>
        <source>Replaces every match of a regular expression; $1 in the replacement is group 1.</source>
        <translation>替换正则表达式的每个匹配；替换文本中的 $1 表示第 1 组。</translation>
    </message>
    <message>
        <source>The first match (or its group), NULL when nothing matches.</source>
        <translation>第一个匹配（或其分组）；无匹配时为 NULL。</translation>
    </message>
    <message>
        <source>Pads s on the left to length characters (cuts longer s); NULL for a negative length or empty pad.</source>
        <translation>在 s 左侧填充至 length 个字符（更长的 s 会被截断）；length 为负或 pad 为空时为 NULL。</translation>
    </message>
    <message>
        <source>Pads s on the right to length characters (cuts longer s); NULL for a negative length or empty pad.</source>
        <translation>在 s 右侧填充至 length 个字符（更长的 s 会被截断）；length 为负或 pad 为空时为 NULL。</translation>
    </message>
    <message>
        <source>Upper-cases the first letter of each word and lower-cases the rest (ASCII).</source>
        <translation>将每个单词的首字母大写，其余字母小写（ASCII）。</translation>
    </message>
    <message>
        <source>1-based character position of search in s, 0 when absent (INSTR(s, search) too).</source>
        <translation>search 在 s 中的字符位置（从 1 开始），不存在时为 0（也可用 INSTR(s, search)）。</translation>
    </message>
    <message>
        <source>The 0-based index-th piece of s split at delimiter, NULL past the end.</source>
        <translation>按 delimiter 拆分 s 后的第 index 段（从 0 开始）；超出末尾时为 NULL。</translation>
    </message>
    <message>
        <source>Absolute value.</source>
        <translation>绝对值。</translation>
    </message>
    <message>
        <source>Rounds half away from zero to digits decimals (default 0).</source>
        <translation>四舍五入到 digits 位小数，0.5 远离零取整（默认 0）。</translation>
    </message>
    <message>
        <source>Largest integral value not above x.</source>
        <translation>不大于 x 的最大整数值。</translation>
    </message>
    <message>
        <source>Smallest integral value not below x.</source>
        <translation>不小于 x 的最小整数值。</translation>
    </message>
    <message>
        <source>Remainder of a / b with the sign of a, like a % b.</source>
        <translation>a / b 的余数，符号与 a 相同，同 a % b。</translation>
    </message>
    <message>
        <source>x raised to the power y.</source>
        <translation>x 的 y 次幂。</translation>
    </message>
    <message>
        <source>Square root; an error for negative x.</source>
        <translation>平方根；x 为负时出错。</translation>
    </message>
    <message>
        <source>Natural logarithm; an error for x &lt;= 0.</source>
        <translation>自然对数；x &lt;= 0 时出错。</translation>
    </message>
    <message>
        <source>Base-10 logarithm; an error for x &lt;= 0.</source>
        <translation>以 10 为底的对数；x &lt;= 0 时出错。</translation>
    </message>
    <message>
        <source>e raised to the power x.</source>
        <translation>e 的 x 次幂。</translation>
    </message>
    <message>
        <source>-1, 0 or 1 by the sign of x.</source>
        <translation>根据 x 的符号返回 -1、0 或 1。</translation>
    </message>
    <message>
        <source>The largest argument; NULL when any argument is NULL.</source>
        <translation>最大的参数；任一参数为 NULL 时返回 NULL。</translation>
    </message>
    <message>
        <source>The smallest argument; NULL when any argument is NULL.</source>
        <translation>最小的参数；任一参数为 NULL 时返回 NULL。</translation>
    </message>
    <message>
        <source>Cuts x toward zero to digits decimals (default 0).</source>
        <translation>将 x 向零截断到 digits 位小数（默认 0）。</translation>
    </message>
    <message>
        <source>The first argument that is not NULL.</source>
        <translation>第一个非 NULL 的参数。</translation>
    </message>
    <message>
        <source>NULL when a = b, otherwise a.</source>
        <translation>a = b 时为 NULL，否则为 a。</translation>
    </message>
    <message>
        <source>then when condition is TRUE, otherwise (FALSE or NULL) else.</source>
        <translation>condition 为 TRUE 时为 then，否则（FALSE 或 NULL）为 else。</translation>
    </message>
    <message>
        <source>x, or fallback when x is NULL.</source>
        <translation>x；x 为 NULL 时为 fallback。</translation>
    </message>
    <message>
        <source>The time of evaluation (epoch milliseconds).</source>
        <translation>求值时的时间（纪元毫秒数）。</translation>
    </message>
    <message>
        <source>YEAR, MONTH, DAY, HOUR, MINUTE, SECOND or MILLISECOND of ts in UTC.</source>
        <translation>ts 在 UTC 下的 YEAR、MONTH、DAY、HOUR、MINUTE、SECOND 或 MILLISECOND。</translation>
    </message>
    <message>
        <source>ts cut down to the start of its &apos;second&apos;, &apos;minute&apos;, &apos;hour&apos; or &apos;day&apos; (UTC).</source>
        <translation>将 ts 截断到所在 &apos;second&apos;、&apos;minute&apos;、&apos;hour&apos; 或 &apos;day&apos; 的起始时刻（UTC）。</translation>
    </message>
    <message>
        <source>ts as UTC text; pattern letters yyyy MM dd HH mm ss SSS, &apos;quoted&apos; text.</source>
        <translation>将 ts 格式化为 UTC 文本；模式字母 yyyy MM dd HH mm ss SSS，&apos;引号内&apos; 为原样文本。</translation>
    </message>
    <message>
        <source>Reads UTC text written in pattern; an error when it does not match.</source>
        <translation>读取按 pattern 格式书写的 UTC 文本；不匹配时报错。</translation>
    </message>
    <message>
        <source>Milliseconds since 1970-01-01 00:00:00 UTC.</source>
        <translation>自 1970-01-01 00:00:00 UTC 起的毫秒数。</translation>
    </message>
    <message>
        <source>Whole seconds since 1970-01-01 00:00:00 UTC (rounded down).</source>
        <translation>自 1970-01-01 00:00:00 UTC 起的整秒数（向下取整）。</translation>
    </message>
    <message>
        <source>The timestamp n milliseconds after 1970-01-01 00:00:00 UTC.</source>
        <translation>1970-01-01 00:00:00 UTC 之后 n 毫秒的时间戳。</translation>
    </message>
    <message>
        <source>The timestamp n seconds after 1970-01-01 00:00:00 UTC.</source>
        <translation>1970-01-01 00:00:00 UTC 之后 n 秒的时间戳。</translation>
    </message>
    <message>
        <source>The scalar at a path such as &apos;$.a.b[0]&apos; in JSON text; NULL when missing, not scalar or not JSON.</source>
        <translation>JSON 文本中 &apos;$.a.b[0]&apos; 这类路径处的标量值；不存在、不是标量或不是 JSON 时为 NULL。</translation>
    </message>
    <message>
        <source>SHA-256 of the UTF-8 bytes of s as 64 lower-case hex digits.</source>
        <translation>s 的 UTF-8 字节的 SHA-256，以 64 位小写十六进制数字表示。</translation>
    </message>
    <message>
        <source>MD5 of the UTF-8 bytes of s as 32 lower-case hex digits.</source>
        <translation>s 的 UTF-8 字节的 MD5，以 32 位小写十六进制数字表示。</translation>
    </message>
    <message>
        <source>The 1-based index-th element, NULL out of range.</source>
        <translation>第 index 个元素（从 1 开始计数）；超出范围时为 NULL。</translation>
    </message>
    <message>
        <source>Number of elements.</source>
        <translation>元素个数。</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>While a pipeline has unsaved changes, a recovery copy is written this often.</source>
        <translation>当管道有未保存的更改时，按此间隔写入恢复副本。</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies when Pipewright restarts.</source>
        <translation>新语言将在 Pipewright 重新启动后生效。</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>恢复副本间隔：</translation>
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
        <translation>包含 CA 证书的 PEM 文件；留空则使用系统证书库</translation>
    </message>
    <message>
        <source>librdkafka property</source>
        <translation>librdkafka 属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>Sandbox (embedded cluster)</source>
        <translation>沙箱（内嵌集群）</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Kafka Clusters</source>
        <translation>Kafka 集群</translation>
    </message>
    <message>
        <source>Runs use</source>
        <translation>运行时使用</translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation>Bootstrap 服务器</translation>
    </message>
    <message>
        <source>host:port of one or more brokers, comma-separated</source>
        <translation>一个或多个 broker 的 host:port，以逗号分隔</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>安全协议</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>SASL 机制</translation>
    </message>
    <message>
        <source>SASL username</source>
        <translation>SASL 用户名</translation>
    </message>
    <message>
        <source>SASL password</source>
        <translation>SASL 密码</translation>
    </message>
    <message>
        <source>SSL CA file</source>
        <translation>SSL CA 文件</translation>
    </message>
    <message>
        <source>Other librdkafka properties</source>
        <translation>其他 librdkafka 属性</translation>
    </message>
</context>
<context>
    <name>KeychainBackend</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>钥匙串在 %1 秒内没有响应</translation>
    </message>
    <message>
        <source>no such keychain entry</source>
        <translation>钥匙串中没有此条目</translation>
    </message>
    <message>
        <source>no keychain service is available (%1)</source>
        <translation>没有可用的钥匙串服务（%1）</translation>
    </message>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation>访问钥匙串被拒绝（%1）</translation>
    </message>
    <message>
        <source>the keychain failed (%1); is a secret service such as GNOME Keyring or KWallet running?</source>
        <translation>钥匙串出错（%1）；GNOME Keyring 或 KWallet 等机密服务是否正在运行？</translation>
    </message>
</context>
<context>
    <name>ListParameterEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>添加一项</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>移除所选项</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>LlmProfilesPage</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input per 1M tokens</source>
        <translation>输入（每百万 token）</translation>
    </message>
    <message>
        <source>Output per 1M tokens</source>
        <translation>输出（每百万 token）</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>端点 %1</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询模型列表…</translation>
    </message>
    <message>
        <source>LLM Endpoints</source>
        <translation>LLM 端点</translation>
    </message>
    <message>
        <source>Assistant uses</source>
        <translation>助手使用</translation>
    </message>
    <message>
        <source>&quot;default&quot;, else the first profile</source>
        <translation>“default”，否则使用第一个配置</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>The OpenAI-compatible API root, e.g. https://api.openai.com/v1 or http://localhost:11434/v1</source>
        <translation>兼容 OpenAI 的 API 根地址，例如 https://api.openai.com/v1 或 http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>must start with http:// or https://.</source>
        <translation>必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Used by nodes that leave their model empty</source>
        <translation>供未指定模型的节点使用</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Prices (USD per million tokens; models without a price cost nothing)</source>
        <translation>价格（每百万 token 的美元数；未设价格的模型不计费）</translation>
    </message>
    <message>
        <source>a price has no model.</source>
        <translation>有价格未指定模型。</translation>
    </message>
    <message>
        <source>the prices of %1 must be numbers.</source>
        <translation>%1 的价格必须是数字。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export SQL…</source>
        <translation>导出 SQL(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>适应视图(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>小地图(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Available once the live runtime is built into the designer.</source>
        <translation>实时运行时集成到设计器后即可使用。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
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
        <translation>沙箱集群(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About Pipewright</source>
        <translation>关于 Pipewright(&amp;A)</translation>
    </message>
    <message>
        <source>About Pipewright</source>
        <translation>关于 Pipewright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pipewright %1&lt;/h3&gt;&lt;p&gt;Design Kafka event pipelines with LLM steps as node graphs, run them live and export them as ksqlDB or Flink SQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pipewright %1&lt;/h3&gt;&lt;p&gt;以节点图的形式设计带有 LLM 步骤的 Kafka 事件管道，实时运行，并导出为 ksqlDB 或 Flink SQL。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>管道(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>示例(&amp;E)</translation>
    </message>
    <message>
        <source>%1[*] — Pipewright</source>
        <translation>%1[*] — Pipewright</translation>
    </message>
    <message>
        <source>(no examples found)</source>
        <translation>（未找到示例）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Cannot open pipeline</source>
        <translation>无法打开管道</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>打开管道</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.json *.json);;All files (*)</source>
        <translation>管道 (*.pipeline.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot save pipeline</source>
        <translation>无法保存管道</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation>保存管道</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.json)</source>
        <translation>管道 (*.pipeline.json)</translation>
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
        <translation>导出 SQL</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>方言：</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL 脚本 (*.sql)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported with problems</source>
        <translation>已导出，但存在问题</translation>
    </message>
    <message>
        <source>The script was written, but some steps cannot be expressed in %1:
%2</source>
        <translation>脚本已写入，但有些步骤无法用 %1 表达：
%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>The pipeline is valid.</source>
        <translation>管道有效。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>发现 %n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 有未保存的更改。关闭前是否保存？</translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation>未命名管道</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Pipewright did not exit cleanly last time. Restore the unsaved changes of:

%1</source>
        <translation>Pipewright 上次未正常退出。是否恢复以下文件中未保存的更改：

%1</translation>
    </message>
    <message>
        <source>Kafka clusters, LLM endpoints, Schema Registries, databases, theme, language and recovery interval</source>
        <translation>Kafka 集群、LLM 端点、Schema Registry、数据库、界面主题、语言和恢复间隔</translation>
    </message>
    <message>
        <source>New from E&amp;xample…</source>
        <translation>从示例新建(&amp;X)…</translation>
    </message>
    <message>
        <source>Sandbox Cluster</source>
        <translation>沙盒集群</translation>
    </message>
    <message>
        <source>Running on the sandbox. Give it data: Tools → Sandbox Cluster → temperature-readings → Produce Samples.</source>
        <translation>正在沙盒上运行。提供数据：工具 → 沙盒集群 → temperature-readings → 生产样本。</translation>
    </message>
    <message>
        <source>Describe the pipeline in the Assistant, e.g. &quot;read orders, keep those above 100 €, write them to big-orders&quot;, then Generate.</source>
        <translation>在助手中描述管道，例如“读取 orders，保留 100 € 以上的，写入 big-orders”，然后点击“生成”。</translation>
    </message>
</context>
<context>
    <name>MinimapWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>NodeStyle</name>
    <message>
        <source>Sources</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>汇</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Search nodes…</source>
        <translation>搜索节点…</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>This node has no inputs</source>
        <translation>此节点没有输入</translation>
    </message>
    <message>
        <source>This node has no outputs</source>
        <translation>此节点没有输出</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Unknown node kind &quot;%1&quot;</source>
        <translation>未知的节点类型“%1”</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>删除 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation>
            <numerusform>已复制 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>无法粘贴：%1</translation>
    </message>
    <message>
        <source>not a pipeline</source>
        <translation>不是管道</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>拖放</translation>
    </message>
</context>
<context>
    <name>ProfileListPage</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1: a profile needs a name.</source>
        <translation>%1：配置需要名称。</translation>
    </message>
    <message>
        <source>%1: two profiles are called %2.</source>
        <translation>%1：有两个配置都名为 %2。</translation>
    </message>
    <message>
        <source>%1: %2 must be a secret reference (env:NAME or keychain:NAME), not a value.</source>
        <translation>%1：%2 必须是密钥引用（env:NAME 或 keychain:NAME），而不是值本身。</translation>
    </message>
    <message>
        <source>%1: %2 is required.</source>
        <translation>%1：%2 为必填项。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Unknown node kind: its parameters cannot be edited here.</source>
        <translation>未知的节点类型：无法在此编辑其参数。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>重命名节点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <source>default: the pipeline name</source>
        <translation>默认：管道名称</translation>
    </message>
    <message>
        <source>Dead-letter topic</source>
        <translation>死信主题</translation>
    </message>
    <message>
        <source>Change Pipeline Settings</source>
        <translation>更改管道设置</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>At least once</source>
        <translation>至少一次</translation>
    </message>
    <message>
        <source>Exactly once (Kafka transactions)</source>
        <translation>恰好一次（Kafka 事务）</translation>
    </message>
    <message>
        <source>Exactly once commits each batch&apos;s outputs, dead letters and consumed offsets in one Kafka transaction: a crash neither loses nor repeats results for readers with isolation.level=read_committed. Database sinks, aggregates and dedupe cannot take part.</source>
        <translation>恰好一次会在一个 Kafka 事务中提交每个批次的输出、死信和已消费的偏移量：对于使用 isolation.level=read_committed 的读取方，崩溃既不会丢失结果也不会重复结果。数据库 sink、聚合和去重无法参与。</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保证</translation>
    </message>
</context>
<context>
    <name>QuickAddPopup</name>
    <message>
        <source>Add node…</source>
        <translation>添加节点…</translation>
    </message>
</context>
<context>
    <name>RecordPeekDock</name>
    <message>
        <source>Edge Peek</source>
        <translation>连线预览</translation>
    </message>
    <message>
        <source>Select an edge (or right-click it → Peek at Records) to see the latest records that passed along it during the run.</source>
        <translation>选择一条连线（或右键单击 → 查看记录），即可查看运行期间经过它的最新记录。</translation>
    </message>
    <message>
        <source>%1 — waiting for records</source>
        <translation>%1 — 正在等待记录</translation>
    </message>
    <message>
        <source>%1 — no records yet</source>
        <translation>%1 — 尚无记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 — latest %n record(s), newest last</source>
        <translation>
            <numerusform>%1 — 最新 %n 条记录，最新的在最后</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBadgeItem</name>
    <message>
        <source>in %1 · out %2 · %3/s</source>
        <translation>输入 %1 · 输出 %2 · %3/秒</translation>
    </message>
    <message>
        <source>filtered %1</source>
        <translation>已过滤 %1</translation>
    </message>
    <message>
        <source>dlq %1</source>
        <translation>死信 %1</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>调用 %1</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <source>%1 tok · $%2</source>
        <translation>%1 token · $%2</translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation>重试 %1</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the pipeline against the sandbox or the active connection profile</source>
        <translation>在沙箱或当前连接配置文件上运行管道</translation>
    </message>
    <message>
        <source>Stop the run gracefully: in-flight messages are acknowledged and offsets committed</source>
        <translation>平稳停止运行：确认处理中的消息并提交偏移量</translation>
    </message>
    <message>
        <source>Start, stop and inspect the embedded Kafka cluster</source>
        <translation>启动、停止和查看内嵌的 Kafka 集群</translation>
    </message>
    <message>
        <source>&amp;Topic Browser</source>
        <translation>主题浏览器(&amp;T)</translation>
    </message>
    <message>
        <source>The sandbox cluster is not running.</source>
        <translation>沙箱集群未运行。</translation>
    </message>
    <message>
        <source>sandbox %1</source>
        <translation>沙箱 %1</translation>
    </message>
    <message>
        <source>Checking topics on %1…</source>
        <translation>正在检查 %1 上的主题…</translation>
    </message>
    <message>
        <source>Create Topics</source>
        <translation>创建主题</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox has no topic %1.

Create it with %n partition(s)? The run then waits for messages on it.</source>
        <translation>
            <numerusform>沙箱中没有主题 %1。

是否以 %n 个分区创建它？运行随后会等待其中的消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created topic %1 on the sandbox.</source>
        <translation>已在沙箱中创建主题 %1。</translation>
    </message>
    <message>
        <source>Topic %1 does not exist on %2; the run waits for it.</source>
        <translation>主题 %1 在 %2 上不存在；运行将等待它。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot run: %n problem(s)</source>
        <translation>
            <numerusform>无法运行：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline cannot run; see the Run panel.</source>
        <translation>管道无法运行；请查看“运行”面板。</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>已在 %1 上启动。</translation>
    </message>
    <message>
        <source>Stopping… (draining in-flight messages)</source>
        <translation>正在停止…（正在处理在途消息）</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Running on %1 — %2 in · %3 msg/s</source>
        <translation>正在 %1 上运行 — 输入 %2 · %3 条/秒</translation>
    </message>
    <message numerus="yes">
        <source>Stopping… %n in flight</source>
        <translation>
            <numerusform>正在停止… %n 条在途</numerusform>
        </translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Run finished — %1 in, %2</source>
        <translation>运行结束 — 输入 %1，%2</translation>
    </message>
    <message>
        <source>balanced ✓</source>
        <translation>平衡 ✓</translation>
    </message>
    <message>
        <source>NOT balanced ✗</source>
        <translation>不平衡 ✗</translation>
    </message>
    <message>
        <source>%1 (%2) → %3</source>
        <translation>%1（%2）→ %3</translation>
    </message>
    <message>
        <source>Peek at Records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>Run the pipeline first</source>
        <translation>请先运行管道</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>沙箱（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>正在采样 %1…</translation>
    </message>
    <message>
        <source>Add Source %1</source>
        <translation>添加源 %1</translation>
    </message>
    <message>
        <source>Added a source for %1; the topic is empty, so no schema was sampled.</source>
        <translation>已为 %1 添加源；主题为空，因此未采样模式。</translation>
    </message>
    <message>
        <source>Added a source for %1 as string messages (the samples are not JSON objects).</source>
        <translation>已将 %1 的源添加为字符串消息（样本不是 JSON 对象）。</translation>
    </message>
    <message numerus="yes">
        <source>Added a source for %1 with %n field(s) sampled from its messages.</source>
        <translation>
            <numerusform>已为 %1 添加源，从其消息中采样了 %n 个字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSummaryWidget</name>
    <message>
        <source>Not running. Pipeline → Run (F5) starts the pipeline.</source>
        <translation>未运行。管道 → 运行（F5）可启动管道。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping (draining in-flight messages)</source>
        <translation>正在停止（正在处理在途消息）</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 out + %2 filtered + %3 dead-lettered</source>
        <translation>输出 %1 + 过滤 %2 + 死信 %3</translation>
    </message>
    <message>
        <source> + %1 skipped</source>
        <translation> + 跳过 %1</translation>
    </message>
    <message>
        <source> + %1 stored</source>
        <translation> + 存储 %1</translation>
    </message>
    <message>
        <source> + %1 failed</source>
        <translation> + 失败 %1</translation>
    </message>
    <message>
        <source>In flight: %1 — %2 in, %3 so far</source>
        <translation>在途：%1 — 输入 %2，目前 %3</translation>
    </message>
    <message>
        <source>Balanced ✓ %1 in = %2</source>
        <translation>平衡 ✓ 输入 %1 = %2</translation>
    </message>
    <message>
        <source>NOT balanced ✗ %1 in ≠ %2</source>
        <translation>不平衡 ✗ 输入 %1 ≠ %2</translation>
    </message>
    <message>
        <source>Input %1 · output %2 · filtered %3 · dead-lettered %4 · skipped %5 · produced %6 · %7 msg/s</source>
        <translation>输入 %1 · 输出 %2 · 过滤 %3 · 死信 %4 · 跳过 %5 · 生产 %6 · %7 条/秒</translation>
    </message>
    <message>
        <source>LLM: %1 calls · %2 cache hits · %3 prompt + %4 completion tokens · cost $%5 (estimated $%6)</source>
        <translation>LLM：调用 %1 次 · 缓存命中 %2 次 · 提示 %3 + 补全 %4 token · 费用 $%5（估计 $%6）</translation>
    </message>
</context>
<context>
    <name>SandboxController</name>
    <message>
        <source>Cannot start the sandbox cluster: %1</source>
        <translation>无法启动沙箱集群：%1</translation>
    </message>
    <message>
        <source>The sandbox cluster is not running.</source>
        <translation>沙箱集群未运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown sample generator %1.</source>
        <translation>未知的样本生成器 %1。</translation>
    </message>
    <message>
        <source>Started. Any Kafka client can connect to %1.</source>
        <translation>已启动。任何 Kafka 客户端都可以连接到 %1。</translation>
    </message>
    <message>
        <source>Stopped; its topics are gone.</source>
        <translation>已停止；其主题已不复存在。</translation>
    </message>
    <message numerus="yes">
        <source>Producing %n record(s) into %1…</source>
        <translation>
            <numerusform>正在向 %1 生产 %n 条记录…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Produced %n record(s) into %1.</source>
        <translation>
            <numerusform>已向 %1 生产 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created topic %1 with %n partition(s).</source>
        <translation>
            <numerusform>已创建主题 %1，包含 %n 个分区。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDialog</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Create Topic</source>
        <translation>创建主题</translation>
    </message>
    <message>
        <source> records</source>
        <translation> 条记录</translation>
    </message>
    <message>
        <source>Produce Samples</source>
        <translation>生产样本</translation>
    </message>
    <message>
        <source>Write records of a built-in sample generator to the selected topic</source>
        <translation>将内置样本生成器的记录写入所选主题</translation>
    </message>
    <message>
        <source>Sandbox Cluster</source>
        <translation>沙盒集群</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>主题名称</translation>
    </message>
    <message>
        <source>partitions: </source>
        <translation>分区：</translation>
    </message>
    <message>
        <source>An embedded Kafka cluster (librdkafka&apos;s mock cluster) on this machine. Runs use it when no connection profile is active; any Kafka client can connect to its bootstrap address. Its topics live in memory until it stops.</source>
        <translation>本机上的内嵌 Kafka 集群（librdkafka 的模拟集群）。没有激活的连接配置文件时，运行会使用它；任何 Kafka 客户端都可以连接到它的引导地址。其主题保存在内存中，直到集群停止。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>引导服务器：</translation>
    </message>
    <message>
        <source>Into the selected topic:</source>
        <translation>写入所选主题：</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stop Sandbox</source>
        <translation>停止沙箱</translation>
    </message>
    <message>
        <source>Start Sandbox</source>
        <translation>启动沙箱</translation>
    </message>
</context>
<context>
    <name>SchemaRegistryPage</name>
    <message>
        <source>Registry %1</source>
        <translation>注册表 %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
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
        <translation>兼容 Confluent 的 Schema Registry</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://.</source>
        <translation>URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>For HTTP basic authentication; empty = none</source>
        <translation>用于 HTTP 基本认证；留空 = 不认证</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Keychain: the secret is stored in the operating system&apos;s keychain.
Environment variable: the secret is read from that variable when a connection starts.
Either way only a reference is saved in the settings.</source>
        <translation>钥匙串：机密保存在操作系统的钥匙串中。
环境变量：连接开始时从该变量读取机密。
无论哪种方式，设置中只保存一个引用。</translation>
    </message>
    <message>
        <source>Secret (stored in the keychain on OK)</source>
        <translation>机密（点击确定后存入钥匙串）</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>已存入钥匙串；输入新值即可替换</translation>
    </message>
    <message>
        <source>Variable name, e.g. KAFKA_PASSWORD</source>
        <translation>变量名，例如 KAFKA_PASSWORD</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>无机密</translation>
    </message>
    <message>
        <source>Enter the name of an environment variable (letters, digits and _).</source>
        <translation>请输入环境变量的名称（字母、数字和 _）。</translation>
    </message>
    <message>
        <source>Enter the secret to store in the keychain.</source>
        <translation>请输入要存入钥匙串的机密。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1: the environment variable %2 is not set.</source>
        <translation>%1：环境变量 %2 未设置。</translation>
    </message>
    <message>
        <source>%1: cannot read the keychain entry (%2). Store the secret again in Settings, or use an env:NAME reference.</source>
        <translation>%1：无法读取钥匙串条目（%2）。请在设置中重新保存机密，或使用 env:NAME 引用。</translation>
    </message>
    <message>
        <source>The value is not a secret reference; write env:NAME or keychain:NAME.</source>
        <translation>该值不是机密引用；请写成 env:NAME 或 keychain:NAME。</translation>
    </message>
    <message>
        <source>Cannot store the secret %1 in the keychain: %2. Enter an environment variable reference (env:NAME) instead; the secret is not saved anywhere else.</source>
        <translation>无法将机密 %1 存入钥匙串：%2。请改为输入环境变量引用（env:NAME）；机密不会保存在其他任何地方。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>SqlPreviewDock</name>
    <message>
        <source>SQL Preview</source>
        <translation>SQL 预览</translation>
    </message>
    <message>
        <source>Flink: &apos;properties.bootstrap.servers&apos; of every Kafka table</source>
        <translation>Flink：每个 Kafka 表的 &apos;properties.bootstrap.servers&apos;</translation>
    </message>
    <message>
        <source>Confluent Cloud model options</source>
        <translation>Confluent Cloud 模型选项</translation>
    </message>
    <message>
        <source>Flink: emit Confluent Cloud&apos;s CREATE CONNECTION and model options instead of open-source Flink 2.1&apos;s</source>
        <translation>Flink：输出 Confluent Cloud 的 CREATE CONNECTION 和模型选项，而不是开源 Flink 2.1 的</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ksqlDB has no LLM functions: name a deployed user-defined function to call for LLM steps, or leave empty to report them as not expressible</source>
        <translation>ksqlDB 没有 LLM 函数：请指定一个已部署的用户自定义函数供 LLM 步骤调用，或留空以将其报告为无法表达</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>引导服务器：</translation>
    </message>
    <message>
        <source>ksqlDB LLM UDF:</source>
        <translation>ksqlDB LLM UDF：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation>将整个脚本复制到剪贴板</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the script to a .sql file</source>
        <translation>将脚本写入 .sql 文件</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>导出选项</translation>
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
        <translation>节点</translation>
    </message>
    <message>
        <source>Cannot be expressed</source>
        <translation>无法表达</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>（管道）</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) cannot be expressed in this dialect</source>
        <translation>
            <numerusform>%n 个步骤无法用此方言表达</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 script (%n line(s)).</source>
        <translation>
            <numerusform>已复制 %1 脚本（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SQL</source>
        <translation>导出 SQL</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL 脚本 (*.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1, but %n step(s) cannot be expressed: see the list above.</source>
        <translation>
            <numerusform>已导出到 %1，但有 %n 个步骤无法表达：请参见上方列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Connector configuration(s) beside it: %1.</source>
        <translation>旁边的连接器配置：%1。</translation>
    </message>
</context>
<context>
    <name>TestCaseDiffView</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Select a difference to compare the expected with the actual records.</source>
        <translation>选择一处差异，对比预期记录与实际记录。</translation>
    </message>
    <message>
        <source>Select a test case to see what it checks and what differs.</source>
        <translation>选择一个测试用例，查看它检查什么以及哪里不同。</translation>
    </message>
    <message>
        <source>%1: not run yet.</source>
        <translation>%1：尚未运行。</translation>
    </message>
    <message numerus="yes">
        <source>%1: passed (%n expectation(s) hold).</source>
        <translation>
            <numerusform>%1：通过（%n 项预期全部成立）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: failed (%n expectation(s) not met).</source>
        <translation>
            <numerusform>%1：失败（%n 项预期未满足）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: could not run (%n error(s)).</source>
        <translation>
            <numerusform>%1：无法运行（%n 个错误）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit the pipeline (%n error(s)); no case ran.</source>
        <translation>
            <numerusform>%1 与管道不符（%n 个错误）；没有运行任何用例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected at %1:</source>
        <translation>%1 处的预期：</translation>
    </message>
    <message numerus="yes">
        <source>Actual (%n record(s)):</source>
        <translation>
            <numerusform>实际（%n 条记录）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCaseEditorDialog</name>
    <message>
        <source>Expect Current Output</source>
        <translation>以当前输出为预期</translation>
    </message>
    <message>
        <source>New Test Case</source>
        <translation>新建测试用例</translation>
    </message>
    <message>
        <source>Edit Test Case</source>
        <translation>编辑测试用例</translation>
    </message>
    <message>
        <source>what the case shows, e.g. &quot;readings above 100 raise an alert&quot;</source>
        <translation>该用例说明什么，例如“超过 100 的读数会触发告警”</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Run the case now and take what reaches each sink and dead-letter path as its expectations (review them before saving)</source>
        <translation>立即运行该用例，并把到达每个接收器和死信路径的内容作为预期（保存前请检查）</translation>
    </message>
    <message>
        <source>The pipeline has no source node to feed.</source>
        <translation>该管道没有可输入数据的源节点。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>[{&quot;node&quot;: &quot;SINK&quot;, &quot;records&quot;: [...]}] — or Expect Current Output</source>
        <translation>[{&quot;node&quot;: &quot;接收器&quot;, &quot;records&quot;: [...]}] —— 或“以当前输出为预期”</translation>
    </message>
    <message>
        <source>[{&quot;node&quot;: &quot;AI STEP&quot;, &quot;prompt&quot;: &quot;text in the prompt&quot;, &quot;answer&quot;: ...}]</source>
        <translation>[{&quot;node&quot;: &quot;AI 步骤&quot;, &quot;prompt&quot;: &quot;提示词中的文字&quot;, &quot;answer&quot;: ...}]</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>One record per line: the value as JSON, or {&quot;value&quot;: …, &quot;key&quot;: …, &quot;headers&quot;: {…}, &quot;timestamp&quot;: …}.</source>
        <translation>每行一条记录：值写成 JSON，或 {&quot;value&quot;: …, &quot;key&quot;: …, &quot;headers&quot;: {…}, &quot;timestamp&quot;: …}。</translation>
    </message>
    <message>
        <source>Expectations (per sink, output port or dead-letter path):</source>
        <translation>预期（按接收器、输出端口或死信路径）：</translation>
    </message>
    <message>
        <source>Input records per source:</source>
        <translation>每个源的输入记录：</translation>
    </message>
    <message>
        <source>LLM fixtures (answers by node and prompt text, so no test calls a model):</source>
        <translation>LLM 固定应答（按节点和提示词文字给出答案，测试不会调用模型）：</translation>
    </message>
    <message numerus="yes">
        <source>Reads %n record(s) from %1; edit that file to change them.</source>
        <translation>
            <numerusform>从 %1 读取 %n 条记录；如需修改请编辑该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case needs a name.</source>
        <translation>用例需要一个名称。</translation>
    </message>
    <message>
        <source>Another case is called &quot;%1&quot;; names must be unique.</source>
        <translation>已有另一个用例名为“%1”；名称必须唯一。</translation>
    </message>
    <message>
        <source>Source %1, line %2: not JSON: %3</source>
        <translation>源 %1，第 %2 行：不是 JSON：%3</translation>
    </message>
    <message>
        <source>%1: a JSON array [ … ] is expected.</source>
        <translation>%1：需要一个 JSON 数组 [ … ]。</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1：不是 JSON：%2</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>LLM fixtures</source>
        <translation>LLM 固定应答</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The case cannot run:</source>
        <translation>该用例无法运行：</translation>
    </message>
</context>
<context>
    <name>TestResultLabel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestsDock</name>
    <message>
        <source>Tests</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Run All &amp;Tests</source>
        <translation>运行全部测试(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Run every case of the pipeline&apos;s test file now (Ctrl+Shift+T)</source>
        <translation>立即运行管道测试文件中的所有用例 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Add Test Case…</source>
        <translation>添加测试用例(&amp;A)…</translation>
    </message>
    <message>
        <source>Write input records for the sources and what the sinks must receive</source>
        <translation>为源编写输入记录，并写明接收器必须收到什么</translation>
    </message>
    <message>
        <source>&amp;Edit Test Case…</source>
        <translation>编辑测试用例(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Test Case</source>
        <translation>删除测试用例(&amp;R)</translation>
    </message>
    <message>
        <source>Save Run as Test &amp;Case…</source>
        <translation>将运行保存为测试用例(&amp;C)…</translation>
    </message>
    <message>
        <source>A new case from the records the live run last read at each source; what the pipeline makes of them becomes its expectations</source>
        <translation>用实时运行在每个源最后读取的记录创建新用例；管道对它们的处理结果即为其预期</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation>删除测试用例</translation>
    </message>
    <message>
        <source>Remove the test case &quot;%1&quot; from %2?</source>
        <translation>要从 %2 中删除测试用例“%1”吗？</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message numerus="yes">
        <source>failed (%n difference(s))</source>
        <translation>
            <numerusform>失败（%n 处差异）</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No test cases. Add one; save the pipeline to keep its tests beside it.</source>
        <translation>没有测试用例。请添加一个；保存管道后其测试会保存在旁边。</translation>
    </message>
    <message>
        <source>No test cases in %1. Add Test Case writes the first.</source>
        <translation>%1 中没有测试用例。“添加测试用例”会写入第一个。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n test case(s)…</source>
        <translation>
            <numerusform>正在运行 %n 个测试用例…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit the pipeline: %n error(s), no case ran.</source>
        <translation>
            <numerusform>%1 与管道不符：%n 个错误，没有运行任何用例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n test case(s) pass.</source>
        <translation>
            <numerusform>全部 %n 个测试用例通过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test case(s) failed.</source>
        <translation>
            <numerusform>%n 个测试用例中有 %1 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pipeline to keep its tests.</source>
        <translation>保存管道以保留其测试。</translation>
    </message>
    <message>
        <source>Re-running…</source>
        <translation>正在重新运行…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A test case called &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的测试用例已存在。</translation>
    </message>
    <message>
        <source>Saved from a live run.</source>
        <translation>从实时运行保存。</translation>
    </message>
    <message>
        <source>The run has no records at its sources to save.</source>
        <translation>该运行在其源处没有可保存的记录。</translation>
    </message>
    <message>
        <source>The records cannot be replayed as a test: %1</source>
        <translation>这些记录无法作为测试重放：%1</translation>
    </message>
    <message>
        <source>Save Run as Test Case</source>
        <translation>将运行保存为测试用例</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) last read at the sources become the inputs. Name of the new case:</source>
        <translation>
            <numerusform>源处最后读取的 %n 条记录将成为输入。新用例的名称：</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded run</source>
        <translation>录制的运行</translation>
    </message>
</context>
<context>
    <name>TextParameterEditor</name>
    <message>
        <source>e.g. 500ms, 10s, 1m, 2h, 1d</source>
        <translation>例如 500ms、10s、1m、2h、1d</translation>
    </message>
    <message>
        <source>env:NAME or keychain:NAME</source>
        <translation>env:NAME 或 keychain:NAME</translation>
    </message>
</context>
<context>
    <name>TopicBrowserDock</name>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Use as Source</source>
        <translation>用作源</translation>
    </message>
    <message>
        <source>Add a Kafka source for this topic, its schema sampled from the latest messages</source>
        <translation>为此主题添加 Kafka 源，其模式从最新消息中采样</translation>
    </message>
    <message>
        <source>Not connected. Start the sandbox (Tools → Sandbox Cluster) or choose a connection profile.</source>
        <translation>未连接。请启动沙箱（工具 → 沙箱集群）或选择一个连接配置文件。</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>集群：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>  key %1</source>
        <translation>  键 %1</translation>
    </message>
    <message>
        <source>// %1 has no messages yet</source>
        <translation>// %1 还没有消息</translation>
    </message>
    <message>
        <source>First offset: the oldest message a partition still keeps. %1</source>
        <translation>起始偏移量：分区仍保留的最早消息。%1</translation>
    </message>
</context>
<context>
    <name>TopicTree</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>Offsets (first … next)</source>
        <translation>偏移量（起始 … 下一个）</translation>
    </message>
    <message>
        <source>First: the oldest offset the partition still keeps (its log start offset). Next: the offset the next message gets.</source>
        <translation>起始：分区仍保留的最早偏移量（即日志起始偏移量）。下一个：下一条消息将获得的偏移量。</translation>
    </message>
    <message>
        <source>A sandbox partition keeps the newest 5 MiB of record batches (at most 100,000 batches) and drops older messages; its first offset shows where it starts. Produce Samples compresses with lz4 and keeps 200,000 IoT readings; other producers should compress too (kcat -z lz4).</source>
        <translation>沙盒分区保留最新 5 MiB 的记录批次（最多 100,000 个批次），并丢弃更早的消息；其起始偏移量表明分区从何处开始。“生产样本”使用 lz4 压缩，可保留 200,000 条 IoT 读数；其他生产者也应启用压缩（kcat -z lz4）。</translation>
    </message>
    <message>
        <source>Offsets 0 … %1 are no longer kept (retention; the sandbox keeps only the newest 5 MiB per partition).</source>
        <translation>偏移量 0 … %1 已不再保留（保留策略；沙盒每个分区只保留最新的 5 MiB）。</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>No recent files yet.</source>
        <translation>尚无最近使用的文件。</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>新建管道</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Run an example on the sandbox</source>
        <translation>在沙盒上运行示例</translation>
    </message>
    <message>
        <source>Opens the IoT example on the embedded Kafka cluster and starts it; then Produce Samples.</source>
        <translation>在内嵌 Kafka 集群上打开并启动 IoT 示例；然后执行“生产样本”。</translation>
    </message>
    <message>
        <source>Describe a pipeline to the assistant</source>
        <translation>向助手描述管道</translation>
    </message>
    <message>
        <source>Say in plain words what should happen to your events; the assistant draws it.</source>
        <translation>用平实的语言说明要如何处理事件，助手会将其绘制出来。</translation>
    </message>
    <message>
        <source>Welcome to Pipewright</source>
        <translation>欢迎使用 Pipewright</translation>
    </message>
    <message>
        <source>Design Kafka event pipelines as node graphs, run them live on the sandbox and export them as ksqlDB or Flink SQL.</source>
        <translation>以节点图设计 Kafka 事件管道，在沙盒上实时运行，并导出为 ksqlDB 或 Flink SQL。</translation>
    </message>
    <message>
        <source>Try first</source>
        <translation>先试一试</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Kafka source</source>
        <translation>Kafka 源</translation>
    </message>
    <message>
        <source>Consumes records from a Kafka topic. Declare the record fields so later steps can check their expressions, or leave the schema empty to use any field.</source>
        <translation>从 Kafka 主题消费记录。声明记录的字段，以便后续步骤检查其表达式；或将模式留空以使用任意字段。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Every record consumed from the topic.</source>
        <translation>从主题消费的每条记录。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Name of the Kafka topic to consume, e.g. iot.readings.</source>
        <translation>要消费的 Kafka 主题名称，例如 iot.readings。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>json parses each value as a JSON object whose members are the record fields; string passes key and value through as the text fields key and value; avro decodes Confluent&apos;s Avro wire format (magic byte, schema id) with the writer schema from the Schema Registry.</source>
        <translation>json 将每个值解析为 JSON 对象，其成员即记录字段；string 将键和值原样作为文本字段 key 和 value 传递；avro 使用 Schema Registry 中的写入模式解码 Confluent 的 Avro 线路格式（魔术字节、模式 ID）。</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Name of the Schema Registry profile (URL and credentials reference, set in the settings or with pipewright-cli run --schema-registry NAME=URL) that holds the topic&apos;s Avro schemas.</source>
        <translation>存放该主题 Avro 模式的 Schema Registry 配置文件名称（URL 和凭据引用，在设置中或通过 pipewright-cli run --schema-registry NAME=URL 指定）。</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>The fields of each record (name, type, sensitive for personal data). Empty: fields are not checked until a sample of the topic has been read.</source>
        <translation>每条记录的字段（名称、类型、个人数据标记为敏感）。留空：读取主题样本之前不检查字段。</translation>
    </message>
    <message>
        <source>Start offset</source>
        <translation>起始偏移量</translation>
    </message>
    <message>
        <source>Where a consumer group without committed offsets starts: earliest reads the whole topic, latest only new records, committed resumes where the group left off and fails when it has no offsets yet.</source>
        <translation>没有已提交偏移量的消费者组从何处开始：earliest 读取整个主题，latest 只读取新记录，committed 从该组上次停止的位置继续，若尚无偏移量则失败。</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <source>Kafka consumer group id for this source. Empty: the pipeline&apos;s consumer group.</source>
        <translation>此源的 Kafka 消费者组 ID。留空：使用管道的消费者组。</translation>
    </message>
    <message>
        <source>Timestamp field</source>
        <translation>时间戳字段</translation>
    </message>
    <message>
        <source>Field holding the event time (epoch milliseconds) used by windows downstream. Empty: the Kafka record timestamp.</source>
        <translation>保存事件时间（纪元毫秒）的字段，供下游窗口使用。留空：使用 Kafka 记录的时间戳。</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>样本数据</translation>
    </message>
    <message>
        <source>Generates realistic sample records without a Kafka topic, to try a pipeline out.</source>
        <translation>无需 Kafka 主题即可生成逼真的样本记录，用于试用管道。</translation>
    </message>
    <message>
        <source>The generated records.</source>
        <translation>生成的记录。</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <source>Which built-in data set to generate: iot-temperature — Temperature readings from IoT devices: device id, temperature in degrees Fahrenheit, event time. payments — Card payments: payment id, customer id, amount, ISO currency code, event time. flight-events — Flight status changes (scheduled, delayed, cancelled, boarding, landed) per booked customer, with origin, destination and departure time. chat-messages — Chat messages: message id, user id, channel and free text. customers — Customer master data keyed by customer id; email and phone are personal data (sensitive).</source>
        <translation>要生成的内置数据集：iot-temperature — IoT 设备的温度读数：设备 ID、华氏温度、事件时间。payments — 银行卡支付：支付 ID、客户 ID、金额、ISO 货币代码、事件时间。flight-events — 每位已预订客户的航班状态变化（scheduled、delayed、cancelled、boarding、landed），含出发地、目的地和起飞时间。chat-messages — 聊天消息：消息 ID、用户 ID、频道和自由文本。customers — 以客户 ID 为键的客户主数据；电子邮件和电话属于个人数据（敏感）。</translation>
    </message>
    <message>
        <source>Rate (records/s)</source>
        <translation>速率（条/秒）</translation>
    </message>
    <message>
        <source>Records generated per second; 0 generates as fast as possible.</source>
        <translation>每秒生成的记录数；0 表示尽可能快地生成。</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Stop after this many records; 0 keeps generating until the pipeline stops.</source>
        <translation>生成这么多条记录后停止；0 表示持续生成直到管道停止。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Random seed: the same seed produces the same records, so runs are repeatable.</source>
        <translation>随机种子：相同的种子生成相同的记录，因此运行可重复。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>Keeps the records for which a condition is TRUE; the others are dropped and counted.</source>
        <translation>保留条件为 TRUE 的记录；其余记录被丢弃并计数。</translation>
    </message>
    <message>
        <source>In</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>The records to process.</source>
        <translation>要处理的记录。</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The records that pass the condition.</source>
        <translation>满足条件的记录。</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>A boolean SQL expression over the record, e.g. temperature &gt; 100 AND device_id LIKE &apos;lab-%&apos;. Records where it is FALSE or NULL are dropped.</source>
        <translation>针对记录的布尔 SQL 表达式，例如 temperature &gt; 100 AND device_id LIKE &apos;lab-%&apos;。结果为 FALSE 或 NULL 的记录被丢弃。</translation>
    </message>
    <message>
        <source>On error</source>
        <translation>出错时</translation>
    </message>
    <message>
        <source>What happens to a record this step fails on: dead-letter sends it with the error, node id and source offset to the pipeline&apos;s dead-letter topic; skip drops it (counted); stop halts the pipeline without committing the record&apos;s offset.</source>
        <translation>此步骤处理失败的记录如何处置：dead-letter 将其连同错误、节点 ID 和源偏移量发送到管道的死信主题；skip 将其丢弃（计数）；stop 停止管道且不提交该记录的偏移量。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>Builds new records with exactly the listed fields, each computed by an expression (select, rename, convert, derive).</source>
        <translation>生成恰好包含所列字段的新记录，每个字段由一个表达式计算（选择、重命名、转换、派生）。</translation>
    </message>
    <message>
        <source>Records with the listed fields.</source>
        <translation>包含所列字段的记录。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>The output fields in order: a name and the expression computing it, e.g. temp_c = (temperature - 32) / 1.8.</source>
        <translation>按顺序列出输出字段：名称及计算它的表达式，例如 temp_c = (temperature - 32) / 1.8。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name of the output field.</source>
        <translation>输出字段的名称。</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>SQL expression over the input record, e.g. UPPER(country) or amount * 100.</source>
        <translation>针对输入记录的 SQL 表达式，例如 UPPER(country) 或 amount * 100。</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Sends each record to the output of the first route whose condition is TRUE, or to else.</source>
        <translation>将每条记录发送到第一个条件为 TRUE 的路由的输出，否则发送到 else。</translation>
    </message>
    <message>
        <source>else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Records matching no route.</source>
        <translation>不匹配任何路由的记录。</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Ordered routes, each a name (its output port) and a boolean condition; the first matching route wins, records matching none go to the else output.</source>
        <translation>有序的路由，每个路由有一个名称（即其输出端口）和一个布尔条件；第一个匹配的路由生效，不匹配任何路由的记录进入 else 输出。</translation>
    </message>
    <message>
        <source>Name of the route and its output port; unique, not &quot;else&quot;.</source>
        <translation>路由及其输出端口的名称；必须唯一，且不能是 &quot;else&quot;。</translation>
    </message>
    <message>
        <source>Boolean SQL expression, e.g. temperature &gt; 132.</source>
        <translation>布尔 SQL 表达式，例如 temperature &gt; 132。</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Checks every record against named constraints: records meeting all of them leave on valid, the others on invalid with the names of the violated constraints.</source>
        <translation>按命名约束检查每条记录：满足全部约束的记录从 valid 输出，其余记录连同违反的约束名称从 invalid 输出。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Records for which every constraint is TRUE.</source>
        <translation>所有约束均为 TRUE 的记录。</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Records violating at least one constraint (NULL counts as a violation).</source>
        <translation>至少违反一项约束的记录（NULL 视为违反）。</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Named boolean conditions a valid record meets, e.g. in_range: temperature BETWEEN 32 AND 132.</source>
        <translation>有效记录需满足的命名布尔条件，例如 in_range: temperature BETWEEN 32 AND 132。</translation>
    </message>
    <message>
        <source>Name reported for records violating this constraint.</source>
        <translation>违反此约束的记录所报告的名称。</translation>
    </message>
    <message>
        <source>Boolean SQL expression that is TRUE for valid records; NULL counts as a violation.</source>
        <translation>对有效记录为 TRUE 的布尔 SQL 表达式；NULL 视为违反。</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>脱敏</translation>
    </message>
    <message>
        <source>Anonymises personal data in flight: redacts, hashes or partially hides the listed fields. Masked fields may then be sent to LLM steps.</source>
        <translation>在传输中对个人数据进行匿名化：对所列字段进行涂黑、哈希或部分隐藏。脱敏后的字段即可发送给 LLM 步骤。</translation>
    </message>
    <message>
        <source>The records with the listed fields masked.</source>
        <translation>所列字段已脱敏的记录。</translation>
    </message>
    <message>
        <source>The fields to mask and how.</source>
        <translation>要脱敏的字段及方式。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Field to mask; a dotted path such as customer.email reaches nested fields.</source>
        <translation>要脱敏的字段；customer.email 这样的点分路径可访问嵌套字段。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>redact replaces the value with a fixed marker; hash replaces it with a SHA-256 hex digest (equal values stay joinable); partial hides all but the last characters.</source>
        <translation>redact 用固定标记替换值；hash 用 SHA-256 十六进制摘要替换（相同的值仍可关联）；partial 隐藏除最后几个字符外的全部内容。</translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation>保留末尾</translation>
    </message>
    <message>
        <source>For partial: how many trailing characters stay visible.</source>
        <translation>用于 partial：末尾保留可见的字符数。</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>Groups records by key within time windows and computes count, sum, avg, min or max per group; emits one record per group and window.</source>
        <translation>在时间窗口内按键对记录分组，并按组计算 count、sum、avg、min 或 max；每个组和窗口输出一条记录。</translation>
    </message>
    <message>
        <source>One record per group and window: group columns, aggregates, window_start, window_end.</source>
        <translation>每个组和窗口一条记录：分组列、聚合值、window_start、window_end。</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Expressions forming the group key, e.g. customer_id. A field keeps its name as column; other expressions become key_1, key_2, ... Empty: one group for all records.</source>
        <translation>构成分组键的表达式，例如 customer_id。字段保留其名称作为列名；其他表达式成为 key_1、key_2、…… 留空：所有记录为一个组。</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>聚合项</translation>
    </message>
    <message>
        <source>The computed columns: a name, a function and the expression it aggregates.</source>
        <translation>计算列：名称、函数以及被聚合的表达式。</translation>
    </message>
    <message>
        <source>Name of the output column, e.g. total_amount.</source>
        <translation>输出列的名称，例如 total_amount。</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>count counts records (or non-NULL values of the expression); sum and avg need a number; min and max work on numbers, strings and timestamps.</source>
        <translation>count 统计记录数（或表达式的非 NULL 值个数）；sum 和 avg 需要数值；min 和 max 适用于数值、字符串和时间戳。</translation>
    </message>
    <message>
        <source>The value aggregated, e.g. amount. Optional for count.</source>
        <translation>被聚合的值，例如 amount。count 可不填。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>tumbling: fixed, non-overlapping windows of the size; hopping: windows of the size starting every advance; session: a window per key that closes after a gap of inactivity.</source>
        <translation>tumbling：固定大小且互不重叠的窗口；hopping：固定大小、每隔 advance 开始一个的窗口；session：每个键一个窗口，空闲超过间隔后关闭。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Window length, e.g. 1m or 1h.</source>
        <translation>窗口长度，例如 1m 或 1h。</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>For hopping windows: how far each window starts after the previous one (at most the size).</source>
        <translation>用于 hopping 窗口：每个窗口相对前一个窗口的起始间隔（不超过窗口大小）。</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>For session windows: inactivity after which a key&apos;s session closes.</source>
        <translation>用于 session 窗口：键的会话在空闲多久后关闭。</translation>
    </message>
    <message>
        <source>Time field</source>
        <translation>时间字段</translation>
    </message>
    <message>
        <source>Event-time field (timestamp or epoch milliseconds) that assigns records to windows. Empty: processing time.</source>
        <translation>用于将记录分配到窗口的事件时间字段（时间戳或纪元毫秒）。留空：处理时间。</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>宽限期</translation>
    </message>
    <message>
        <source>How long a window stays open for late records after it ends.</source>
        <translation>窗口结束后为迟到记录保持打开的时长。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enriches each stream record with the latest table record of the same key (stream-table lookup join), e.g. flight events with customer data.</source>
        <translation>用相同键的最新表记录丰富每条流记录（流-表查找连接），例如用客户数据丰富航班事件。</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>The records to enrich; each produces at most one output.</source>
        <translation>要丰富的记录；每条最多产生一条输出。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>A table topic: the latest record per key is kept and looked up.</source>
        <translation>表主题：保留并查找每个键的最新记录。</translation>
    </message>
    <message>
        <source>Stream fields followed by table fields (clashing table names prefixed table_).</source>
        <translation>流字段后跟表字段（名称冲突的表字段加前缀 table_）。</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>流键</translation>
    </message>
    <message>
        <source>Expression over the stream record giving the lookup key, e.g. customer_id.</source>
        <translation>针对流记录、给出查找键的表达式，例如 customer_id。</translation>
    </message>
    <message>
        <source>Table key</source>
        <translation>表键</translation>
    </message>
    <message>
        <source>Expression over the table record giving its key, e.g. customer_id.</source>
        <translation>针对表记录、给出其键的表达式，例如 customer_id。</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>left keeps stream records without a table match (table fields NULL); inner drops them.</source>
        <translation>left 保留在表中没有匹配的流记录（表字段为 NULL）；inner 丢弃它们。</translation>
    </message>
    <message>
        <source>Deduplicate</source>
        <translation>去重</translation>
    </message>
    <message>
        <source>Drops records whose key was already seen within the window, e.g. redelivered events.</source>
        <translation>丢弃其键在窗口内已出现过的记录，例如重复投递的事件。</translation>
    </message>
    <message>
        <source>The first record of each key per window.</source>
        <translation>每个窗口内每个键的第一条记录。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Expression identifying duplicates, e.g. event_id or CONCAT(device_id, &apos;-&apos;, CAST(ts AS STRING)).</source>
        <translation>用于识别重复项的表达式，例如 event_id 或 CONCAT(device_id, &apos;-&apos;, CAST(ts AS STRING))。</translation>
    </message>
    <message>
        <source>How long a key is remembered.</source>
        <translation>键被记住的时长。</translation>
    </message>
    <message>
        <source>LLM prompt</source>
        <translation>LLM 提示</translation>
    </message>
    <message>
        <source>Sends a prompt built from each record to a chat-completion model and adds the answer to the record.</source>
        <translation>将由每条记录构建的提示发送给聊天补全模型，并把回答添加到记录中。</translation>
    </message>
    <message>
        <source>The records to send to the model.</source>
        <translation>要发送给模型的记录。</translation>
    </message>
    <message>
        <source>The input records with the model&apos;s answer added.</source>
        <translation>添加了模型回答的输入记录。</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Name of the LLM endpoint profile from the settings (base URL, API key reference, default model) of any OpenAI-compatible service: OpenAI, Azure gateways, Ollama, vLLM, llama.cpp.</source>
        <translation>设置中 LLM 端点配置文件的名称（基础 URL、API 密钥引用、默认模型），适用于任何 OpenAI 兼容服务：OpenAI、Azure 网关、Ollama、vLLM、llama.cpp。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model name as the endpoint knows it, e.g. gpt-4o-mini or llama3.1:8b. Empty: the endpoint profile&apos;s default model.</source>
        <translation>端点所识别的模型名称，例如 gpt-4o-mini 或 llama3.1:8b。留空：使用端点配置文件的默认模型。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示</translation>
    </message>
    <message>
        <source>Sets the model&apos;s role and rules, e.g. &quot;You are a Kafka operations analyst. Answer in one sentence.&quot;</source>
        <translation>设置模型的角色和规则，例如 &quot;You are a Kafka operations analyst. Answer in one sentence.&quot;</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>用户提示</translation>
    </message>
    <message>
        <source>The message sent per record; {{field}} or {{a.b}} inserts a field of the record, e.g. &quot;Summarise this event: {{payload}}&quot;. Sensitive fields must be masked first.</source>
        <translation>针对每条记录发送的消息；{{field}} 或 {{a.b}} 插入记录的字段，例如 &quot;Summarise this event: {{payload}}&quot;。敏感字段必须先脱敏。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Randomness of the answer from 0 (deterministic) to 2.</source>
        <translation>回答的随机性，从 0（确定性）到 2。</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Upper bound on the answer&apos;s length in tokens.</source>
        <translation>回答长度的上限（以 token 计）。</translation>
    </message>
    <message>
        <source>Output field</source>
        <translation>输出字段</translation>
    </message>
    <message>
        <source>Field that receives the answer.</source>
        <translation>接收回答的字段。</translation>
    </message>
    <message>
        <source>Output mode</source>
        <translation>输出模式</translation>
    </message>
    <message>
        <source>text stores the answer as a string; json asks for a JSON object and stores it parsed (answers that are not valid JSON are errors).</source>
        <translation>text 将回答保存为字符串；json 要求返回 JSON 对象并解析后保存（不是有效 JSON 的回答视为错误）。</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON 模式</translation>
    </message>
    <message>
        <source>For json mode: a JSON schema the answer must follow; its properties become the output field&apos;s members.</source>
        <translation>用于 json 模式：回答必须遵循的 JSON 模式；其属性成为输出字段的成员。</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>最大重试次数</translation>
    </message>
    <message>
        <source>How often a failed or timed-out call is retried before the record goes to the error policy. 0 disables retries.</source>
        <translation>失败或超时的调用在记录交给错误策略之前重试的次数。0 表示不重试。</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>退避</translation>
    </message>
    <message>
        <source>Wait before the first retry, e.g. 500ms or 2s.</source>
        <translation>第一次重试前的等待时间，例如 500ms 或 2s。</translation>
    </message>
    <message>
        <source>Backoff strategy</source>
        <translation>退避策略</translation>
    </message>
    <message>
        <source>exponential doubles the wait after every failed attempt; fixed waits the same each time.</source>
        <translation>exponential 每次失败后将等待时间加倍；fixed 每次等待相同时间。</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Longest time one call may take before it counts as failed.</source>
        <translation>单次调用被视为失败之前允许的最长时间。</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>最大并发数</translation>
    </message>
    <message>
        <source>Calls running at the same time. Higher values raise throughput but also the load and rate-limit pressure on the endpoint.</source>
        <translation>同时进行的调用数。值越大吞吐量越高，但端点的负载和速率限制压力也越大。</translation>
    </message>
    <message>
        <source>LLM classify</source>
        <translation>LLM 分类</translation>
    </message>
    <message>
        <source>Asks a model to pick exactly one of the given labels for each record, e.g. for moderation or triage; route on the label afterwards.</source>
        <translation>让模型为每条记录从给定标签中恰好选择一个，例如用于内容审核或分诊；之后可按标签路由。</translation>
    </message>
    <message>
        <source>The input records with the chosen label added.</source>
        <translation>添加了所选标签的输入记录。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>The text to classify, built from the record: e.g. &quot;{{text}}&quot;. Sensitive fields must be masked first.</source>
        <translation>要分类的文本，由记录构建：例如 &quot;{{text}}&quot;。敏感字段必须先脱敏。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The possible labels (at least two), each with a description that tells the model when it applies.</source>
        <translation>可选的标签（至少两个），每个都附有说明，告诉模型何时适用。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The value stored in the output field, e.g. toxic.</source>
        <translation>保存在输出字段中的值，例如 toxic。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>When this label applies.</source>
        <translation>此标签何时适用。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Extra guidance for the model, e.g. how to treat ambiguous cases.</source>
        <translation>给模型的额外指导，例如如何处理模棱两可的情况。</translation>
    </message>
    <message>
        <source>Field that receives the chosen label.</source>
        <translation>接收所选标签的字段。</translation>
    </message>
    <message>
        <source>LLM extract</source>
        <translation>LLM 提取</translation>
    </message>
    <message>
        <source>Asks a model to extract typed fields from free text in each record, e.g. amounts, names or dates from a message.</source>
        <translation>让模型从每条记录的自由文本中提取有类型的字段，例如消息中的金额、姓名或日期。</translation>
    </message>
    <message>
        <source>The input records with the extracted fields added.</source>
        <translation>添加了提取字段的输入记录。</translation>
    </message>
    <message>
        <source>The text to extract from, built from the record: e.g. &quot;{{text}}&quot;. Sensitive fields must be masked first.</source>
        <translation>要从中提取的文本，由记录构建：例如 &quot;{{text}}&quot;。敏感字段必须先脱敏。</translation>
    </message>
    <message>
        <source>The fields to extract, with their types; a value the model cannot find is NULL.</source>
        <translation>要提取的字段及其类型；模型找不到的值为 NULL。</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Computes an embedding vector of a text per record, for vector search and real-time RAG.</source>
        <translation>为每条记录计算文本的嵌入向量，用于向量搜索和实时 RAG。</translation>
    </message>
    <message>
        <source>The input records with the embedding added.</source>
        <translation>添加了嵌入向量的输入记录。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Expression giving the text to embed, e.g. description or CONCAT(title, &apos; &apos;, body). Sensitive fields must be masked first.</source>
        <translation>给出要嵌入文本的表达式，例如 description 或 CONCAT(title, &apos; &apos;, body)。敏感字段必须先脱敏。</translation>
    </message>
    <message>
        <source>Field that receives the vector (array of double).</source>
        <translation>接收向量的字段（double 数组）。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Texts sent per request.</source>
        <translation>每个请求发送的文本数。</translation>
    </message>
    <message>
        <source>Kafka sink</source>
        <translation>Kafka 汇</translation>
    </message>
    <message>
        <source>Produces every incoming record to a Kafka topic.</source>
        <translation>将每条传入记录生产到 Kafka 主题。</translation>
    </message>
    <message>
        <source>Records to produce; several steps may feed one sink.</source>
        <translation>要生产的记录；多个步骤可以连到同一个汇。</translation>
    </message>
    <message>
        <source>Name of the Kafka topic to write, e.g. TempRangeAlert.</source>
        <translation>要写入的 Kafka 主题名称，例如 TempRangeAlert。</translation>
    </message>
    <message>
        <source>json writes each record as a JSON object; string writes the record&apos;s value field as text; avro writes Confluent&apos;s Avro wire format with a schema made from the incoming fields, registered under the subject &lt;topic&gt;-value after a compatibility check.</source>
        <translation>json 将每条记录写为 JSON 对象；string 将记录的 value 字段写为文本；avro 使用由传入字段生成的模式写入 Confluent 的 Avro 线路格式，该模式在兼容性检查后注册到主题 &lt;topic&gt;-value 下。</translation>
    </message>
    <message>
        <source>Name of the Schema Registry profile (URL and credentials reference) where the sink registers its Avro schema.</source>
        <translation>汇在其中注册 Avro 模式的 Schema Registry 配置文件名称（URL 和凭据引用）。</translation>
    </message>
    <message>
        <source>Expression giving the Kafka message key, e.g. device_id (records with the same key keep their order). Empty: the source record&apos;s key.</source>
        <translation>给出 Kafka 消息键的表达式，例如 device_id（相同键的记录保持顺序）。留空：使用源记录的键。</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>Writes records that failed a check (e.g. validate&apos;s invalid output) to a dead-letter topic with the reason, node id and original position in headers.</source>
        <translation>将未通过检查的记录（例如校验的 invalid 输出）写入死信主题，并在消息头中附上原因、节点 ID 和原始位置。</translation>
    </message>
    <message>
        <source>Rejected records; several steps may feed one dead-letter sink.</source>
        <translation>被拒绝的记录；多个步骤可以连到同一个死信汇。</translation>
    </message>
    <message>
        <source>Name of the dead-letter topic.</source>
        <translation>死信主题的名称。</translation>
    </message>
    <message>
        <source>Database sink</source>
        <translation>数据库汇</translation>
    </message>
    <message>
        <source>Records to store; several steps may feed one sink.</source>
        <translation>要存储的记录；多个步骤可以连到同一个汇。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Password variable</source>
        <translation>密码变量</translation>
    </message>
    <message>
        <source>Target table, e.g. readings or iot.readings.</source>
        <translation>目标表，例如 readings 或 iot.readings。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Which field fills which column. Empty: every input field, with its name made a valid column name (lower case, letters, digits, underscores).</source>
        <translation>哪个字段填入哪一列。留空：使用每个输入字段，并将其名称转换为有效列名（小写、字母、数字、下划线）。</translation>
    </message>
    <message>
        <source>Input field (a.b for nested fields; objects and arrays are stored as JSON).</source>
        <translation>输入字段（嵌套字段用 a.b；对象和数组以 JSON 形式存储）。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column name; empty: the field&apos;s last name segment, sanitised.</source>
        <translation>列名；留空：使用字段名的最后一段（经过规范化）。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>insert adds a row per record; upsert inserts or updates the row with the same key, so records read again after a restart leave the table unchanged (idempotent).</source>
        <translation>insert 为每条记录添加一行；upsert 插入或更新具有相同键的行，因此重启后再次读取的记录不会改变表（幂等）。</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>键列</translation>
    </message>
    <message>
        <source>Columns identifying a row (the primary key of a created table; required for upsert), e.g. device_id, ts.</source>
        <translation>标识一行的列（所创建表的主键；upsert 时必填），例如 device_id、ts。</translation>
    </message>
    <message>
        <source>Create table</source>
        <translation>创建表</translation>
    </message>
    <message>
        <source>Create the table when it does not exist, with column types from the input fields.</source>
        <translation>表不存在时创建它，列类型取自输入字段。</translation>
    </message>
    <message>
        <source>Rows written per transaction. Larger batches are faster; the source offsets of a batch are committed after it is.</source>
        <translation>每个事务写入的行数。批次越大越快；一个批次的源偏移量在该批提交后才提交。</translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <source>Longest time a record waits for its batch to fill before the batch is written anyway.</source>
        <translation>记录等待其批次填满的最长时间，超时后无论是否填满都会写入该批次。</translation>
    </message>
    <message>
        <source>How often a batch that failed transiently (connection lost, deadlock, database busy) is retried before its records go to the error policy.</source>
        <translation>暂时失败的批次（连接断开、死锁、数据库繁忙）在其记录交给错误策略之前重试的次数。</translation>
    </message>
    <message>
        <source>Wait before the first retry; doubles after every failed attempt.</source>
        <translation>第一次重试前的等待时间；每次失败后加倍。</translation>
    </message>
    <message>
        <source>Export topic</source>
        <translation>导出主题</translation>
    </message>
    <message>
        <source>SQL export: the topic the script writes for the Kafka Connect JDBC sink connector to read. Empty: the table name.</source>
        <translation>SQL 导出：脚本写入、供 Kafka Connect JDBC Sink 连接器读取的主题。留空：使用表名。</translation>
    </message>
    <message>
        <source>Vector upsert</source>
        <translation>向量写入</translation>
    </message>
    <message>
        <source>Stores each record&apos;s embedding (from an embed step) under its id in an embedded vector index with a text and metadata, for retrieval by vector-retrieve. An existing id is replaced. The index is saved to a file, so it survives restarts.</source>
        <translation>将每条记录的嵌入向量（来自嵌入步骤）连同文本和元数据按其 ID 存入内嵌向量索引，供 vector-retrieve 检索。已存在的 ID 会被替换。索引保存到文件中，因此重启后仍然保留。</translation>
    </message>
    <message>
        <source>Records with an embedding and an id.</source>
        <translation>带有嵌入向量和 ID 的记录。</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Name of the vector index, e.g. flights. Nodes of one pipeline that name the same index share it (upsert and retrieve in one run).</source>
        <translation>向量索引的名称，例如 flights。同一管道中指定相同索引的节点共享该索引（在一次运行中写入并检索）。</translation>
    </message>
    <message>
        <source>Index file</source>
        <translation>索引文件</translation>
    </message>
    <message>
        <source>File the index is loaded from at start and saved to (a sidecar beside the HNSW graph file). Empty: vector-indexes/&lt;index&gt;.vindex in the working directory.</source>
        <translation>启动时加载索引并保存索引的文件（HNSW 图文件旁的附属文件）。留空：工作目录下的 vector-indexes/&lt;index&gt;.vindex。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Expression giving the entry&apos;s id, e.g. flight_id; a record with an id already in the index replaces that entry.</source>
        <translation>给出条目 ID 的表达式，例如 flight_id；若记录的 ID 已在索引中，则替换该条目。</translation>
    </message>
    <message>
        <source>Embedding field</source>
        <translation>嵌入字段</translation>
    </message>
    <message>
        <source>Field holding the vector (array of numbers), e.g. the embed step&apos;s output field.</source>
        <translation>保存向量（数值数组）的字段，例如嵌入步骤的输出字段。</translation>
    </message>
    <message>
        <source>Expression giving the text stored with the entry and handed to retrieval results, e.g. CONCAT(flight_id, &apos; &apos;, status).</source>
        <translation>给出随条目存储并传递给检索结果的文本的表达式，例如 CONCAT(flight_id, &apos; &apos;, status)。</translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation>元数据字段</translation>
    </message>
    <message>
        <source>Fields stored with the entry and returned with each retrieval hit, e.g. departure, gate.</source>
        <translation>随条目存储并随每个命中结果返回的字段，例如 departure、gate。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Length of the vectors. 0: taken from the index file or the first vector. A vector of another length is an error for that record.</source>
        <translation>向量的长度。0：取自索引文件或第一个向量。长度不同的向量对该记录而言是错误。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>HNSW links per vector: higher improves recall and costs memory and insert time.</source>
        <translation>每个向量的 HNSW 链接数：值越大召回率越高，但占用更多内存和插入时间。</translation>
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
        <translation>保存间隔</translation>
    </message>
    <message>
        <source>Vector retrieve</source>
        <translation>向量检索</translation>
    </message>
    <message>
        <source>Embeds a query text per record and adds the k most similar index entries (cosine) as context, e.g. for an llm-prompt step that answers with retrieved facts (RAG).</source>
        <translation>为每条记录嵌入查询文本，并将最相似的 k 个索引条目（余弦）作为上下文添加，例如供基于检索事实作答的 LLM 提示步骤（RAG）使用。</translation>
    </message>
    <message>
        <source>Records with a query text.</source>
        <translation>带有查询文本的记录。</translation>
    </message>
    <message>
        <source>The input records with the retrieved context added.</source>
        <translation>添加了检索上下文的输入记录。</translation>
    </message>
    <message>
        <source>Embedding model; must be the one that embedded the indexed records.</source>
        <translation>嵌入模型；必须与嵌入已索引记录的模型相同。</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Expression giving the text to search for, e.g. question. Sensitive fields must be masked first.</source>
        <translation>给出要搜索文本的表达式，例如 question。敏感字段必须先脱敏。</translation>
    </message>
    <message>
        <source>Results (k)</source>
        <translation>结果数（k）</translation>
    </message>
    <message>
        <source>How many nearest entries to add.</source>
        <translation>要添加的最近条目数。</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>最低分数</translation>
    </message>
    <message>
        <source>Entries less similar than this cosine similarity (-1 to 1) are left out.</source>
        <translation>余弦相似度低于此值（-1 到 1）的条目将被排除。</translation>
    </message>
    <message>
        <source>Field that receives the hits: an array of {id, score, text, metadata}, best first.</source>
        <translation>接收命中结果的字段：{id, score, text, metadata} 数组，最佳结果在前。</translation>
    </message>
    <message>
        <source>Context text field</source>
        <translation>上下文文本字段</translation>
    </message>
    <message>
        <source>Field that receives the hits rendered as numbered lines of text, for a prompt template&apos;s {{field}}. Empty: not added.</source>
        <translation>以编号文本行形式接收命中结果的字段，供提示模板中的 {{field}} 使用。留空：不添加。</translation>
    </message>
    <message>
        <source>Queries embedded per request.</source>
        <translation>每个请求嵌入的查询数。</translation>
    </message>
    <message>
        <source>HNSW candidate list while inserting: higher builds a better graph, more slowly (40 inserts about three times as fast as 100; with efSearch 128, recall@10 is about 0.98 at 100,000 vectors).</source>
        <translation>插入时的 HNSW 候选列表：值越大构建的图越好，但速度更慢（取 40 时插入速度约为取 100 时的三倍；efSearch 为 128 时，在 100,000 个向量下 recall@10 约为 0.98）。</translation>
    </message>
    <message>
        <source>HNSW candidate list while searching (at least k): higher improves recall, costs latency (128: recall@10 about 0.98 at 100,000 vectors, under a millisecond per search).</source>
        <translation>搜索时的 HNSW 候选列表（至少为 k）：值越大召回率越高，但延迟增加（取 128 时，在 100,000 个向量下 recall@10 约为 0.98，每次搜索不到 1 毫秒）。</translation>
    </message>
    <message>
        <source>How often the index is saved (a large index, whose save takes longer, at most a tenth of the time); source offsets are committed only after the save that contains their records.</source>
        <translation>索引的保存频率（保存耗时较长的大索引最多占用十分之一的时间）；只有在包含其记录的保存完成后才提交源偏移量。</translation>
    </message>
    <message>
        <source>keeps its windows in memory, outside the Kafka transaction: the offsets of messages in an open window cannot be committed, and after a crash a window would be rebuilt from part of its messages; use at-least-once, or export to Flink SQL or ksqlDB, which checkpoint window state</source>
        <translation>在 Kafka 事务之外将窗口保存在内存中：打开的窗口中消息的偏移量无法提交，崩溃后窗口将仅由其部分消息重建；请使用 at-least-once，或导出到会对窗口状态做检查点的 Flink SQL 或 ksqlDB</translation>
    </message>
    <message>
        <source>remembers the keys it has seen in memory, outside the Kafka transaction: after a crash the replayed messages would find the memory empty; use at-least-once, or export to Flink SQL or ksqlDB</source>
        <translation>在 Kafka 事务之外将已见过的键记在内存中：崩溃后重放的消息将面对空的内存；请使用 at-least-once，或导出到 Flink SQL 或 ksqlDB</translation>
    </message>
    <message>
        <source>calls the model outside the Kafka transaction: after a crash the messages of the aborted transaction are processed again and the model is asked again (answers may differ) unless the run keeps an answer cache (--llm-cache)</source>
        <translation>在 Kafka 事务之外调用模型：除非运行时保留了回答缓存（--llm-cache），否则崩溃后已中止事务的消息会被重新处理，并再次询问模型（回答可能不同）</translation>
    </message>
    <message>
        <source>calls the embedding endpoint outside the Kafka transaction: after a crash it embeds the replayed messages again unless the run keeps an answer cache (--llm-cache)</source>
        <translation>在 Kafka 事务之外调用嵌入端点：除非运行时保留了回答缓存（--llm-cache），否则崩溃后会再次对重放的消息进行嵌入</translation>
    </message>
    <message>
        <source>Writes every incoming record as a row of a PostgreSQL, MySQL/MariaDB or SQLite table (insert, or upsert by key), in batches of one transaction each; source offsets are committed only after the batch is committed.</source>
        <translation>将每条传入记录写入 PostgreSQL、MySQL/MariaDB 或 SQLite 表中的一行（插入，或按键 upsert），按批次写入，每批一个事务；只有在批次提交后才提交源偏移量。</translation>
    </message>
    <message>
        <source>writes rows in a database transaction of its own, which cannot commit together with the Kafka transaction: after a crash the rows would be written again; use at-least-once (upserts make the repeats harmless) or a Kafka sink read by a Kafka Connect JDBC sink</source>
        <translation>在其自身的数据库事务中写入行，该事务无法与 Kafka 事务一同提交：崩溃后这些行会被再次写入；请使用 at-least-once（upsert 可使重复无害），或使用由 Kafka Connect JDBC sink 读取的 Kafka sink</translation>
    </message>
    <message>
        <source>postgresql (libpq), mysql (MySQL or MariaDB, through MariaDB Connector/C) or sqlite (a local database file).</source>
        <translation>postgresql（libpq）、mysql（MySQL 或 MariaDB，通过 MariaDB Connector/C）或 sqlite（本地数据库文件）。</translation>
    </message>
    <message>
        <source>PostgreSQL: a connection profile name, a conninfo (host=db port=5432 dbname=iot user=app) or a URI (postgresql://app@db/iot); MySQL: a connection profile name or a URI (mysql://app@db:3306/iot); SQLite: the database file path. Never a password: name its environment variable in Password variable.</source>
        <translation>PostgreSQL：连接配置文件名称、conninfo（host=db port=5432 dbname=iot user=app）或 URI（postgresql://app@db/iot）；MySQL：连接配置文件名称或 URI（mysql://app@db:3306/iot）；SQLite：数据库文件路径。切勿填写密码：请在“密码变量”中填写其环境变量名。</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the database password, e.g. PGPASSWORD_IOT. Empty: no password (PostgreSQL: trust, peer or .pgpass).</source>
        <translation>保存数据库密码的环境变量名称，例如 PGPASSWORD_IOT。留空：无密码（PostgreSQL：trust、peer 或 .pgpass）。</translation>
    </message>
    <message>
        <source>Connect source</source>
        <translation>Connect 源</translation>
    </message>
    <message>
        <source>A Kafka Connect source connector (JDBC, or Debezium change data capture from Oracle, MySQL or PostgreSQL) running in your Connect cluster: the pipeline reads the topic the connector writes, and export writes the connector&apos;s configuration beside the SQL.</source>
        <translation>在 Connect 集群中运行的 Kafka Connect 源连接器（JDBC，或来自 Oracle、MySQL 或 PostgreSQL 的 Debezium 变更数据捕获）：管道读取连接器写入的主题，导出时会将连接器配置与 SQL 一同写出。</translation>
    </message>
    <message>
        <source>The connector&apos;s records: Debezium change events or rows.</source>
        <translation>连接器的记录：Debezium 变更事件或行。</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>连接器</translation>
    </message>
    <message>
        <source>Which connector captures the table: debezium-oracle — Debezium Oracle CDC (io.debezium.connector.oracle.OracleConnector). debezium-mysql — Debezium MySQL CDC (io.debezium.connector.mysql.MySqlConnector). debezium-postgresql — Debezium PostgreSQL CDC (io.debezium.connector.postgresql.PostgresConnector). jdbc — JDBC source (Confluent) (io.confluent.connect.jdbc.JdbcSourceConnector).</source>
        <translation>捕获该表的连接器：debezium-oracle — Debezium Oracle CDC（io.debezium.connector.oracle.OracleConnector）。debezium-mysql — Debezium MySQL CDC（io.debezium.connector.mysql.MySqlConnector）。debezium-postgresql — Debezium PostgreSQL CDC（io.debezium.connector.postgresql.PostgresConnector）。jdbc — JDBC 源（Confluent）（io.confluent.connect.jdbc.JdbcSourceConnector）。</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>连接器名称</translation>
    </message>
    <message>
        <source>The connector&apos;s name in the Connect cluster (the REST API&apos;s /connectors/{name}). Empty: &lt;pipeline name&gt;-&lt;node id&gt;.</source>
        <translation>连接器在 Connect 集群中的名称（REST API 的 /connectors/{name}）。留空：&lt;管道名称&gt;-&lt;节点 ID&gt;。</translation>
    </message>
    <message>
        <source>Topic prefix</source>
        <translation>主题前缀</translation>
    </message>
    <message>
        <source>The connector&apos;s topic.prefix. Debezium writes &lt;prefix&gt;.&lt;schema&gt;.&lt;table&gt;, the JDBC source &lt;prefix&gt;&lt;table&gt;.</source>
        <translation>连接器的 topic.prefix。Debezium 写入 &lt;前缀&gt;.&lt;模式&gt;.&lt;表&gt;，JDBC 源写入 &lt;前缀&gt;&lt;表&gt;。</translation>
    </message>
    <message>
        <source>The table&apos;s schema (Oracle: the owner, e.g. SALES; PostgreSQL: e.g. public; MySQL: the database), as the database spells it. Part of the Debezium topic name.</source>
        <translation>表的模式（Oracle：所有者，例如 SALES；PostgreSQL：例如 public；MySQL：数据库），按数据库中的写法填写。是 Debezium 主题名称的一部分。</translation>
    </message>
    <message>
        <source>The captured table, as the database spells it (Oracle: upper case, e.g. CUSTOMER).</source>
        <translation>要捕获的表，按数据库中的写法填写（Oracle：大写，例如 CUSTOMER）。</translation>
    </message>
    <message>
        <source>The table&apos;s columns as the connector writes them (name, type, sensitive). Debezium keeps the database&apos;s spelling; timestamps arrive as epoch milliseconds.</source>
        <translation>连接器写入的表列（名称、类型、敏感）。Debezium 保留数据库中的拼写；时间戳以纪元毫秒形式到达。</translation>
    </message>
    <message>
        <source>Rows only (unwrap)</source>
        <translation>仅行（unwrap）</translation>
    </message>
    <message>
        <source>Apply Debezium&apos;s ExtractNewRecordState transform: each record is the row after the change instead of the change event envelope (before, after, source, op, ts_ms); deletes are dropped.</source>
        <translation>应用 Debezium 的 ExtractNewRecordState 转换：每条记录是变更后的行，而不是变更事件信封（before, after, source, op, ts_ms）；删除将被丢弃。</translation>
    </message>
    <message>
        <source>Change event fields the unwrap transform adds to each row with a __ prefix (its add.fields), e.g. op gives __op (c insert, u update, r snapshot read), source.ts_ms gives __source_ts_ms.</source>
        <translation>unwrap 转换以 __ 前缀添加到每行的变更事件字段（其 add.fields），例如 op 生成 __op（c 插入、u 更新、r 快照读取），source.ts_ms 生成 __source_ts_ms。</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>数据库主机</translation>
    </message>
    <message>
        <source>Host name or address of the database server, as the Connect worker reaches it. (database.hostname)</source>
        <translation>Connect 工作进程访问数据库服务器所用的主机名或地址。(database.hostname)</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>数据库端口</translation>
    </message>
    <message>
        <source>TCP port of the database server. (database.port) Default: the connector&apos;s own for the chosen template. Default: the connector&apos;s own for the chosen template.</source>
        <translation>数据库服务器的 TCP 端口。(database.port) 默认：所选模板对应连接器的默认值。默认：所选模板对应连接器的默认值。</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>数据库用户</translation>
    </message>
    <message>
        <source>The user the connector logs in as; it needs the database&apos;s CDC privileges. (database.user)</source>
        <translation>连接器登录所用的用户；需要数据库的 CDC 权限。(database.user)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Reference to the password, never the password: env:NAME (an environment variable of the Connect worker and of Pipewright) or keychain:NAME. (database.password)</source>
        <translation>密码的引用，而非密码本身：env:NAME（Connect 工作进程和 Pipewright 的环境变量）或 keychain:NAME。(database.password)</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>The database (the container database, CDB, with a pluggable database) to capture. (database.dbname)</source>
        <translation>要捕获的数据库（包含可插拔数据库的容器数据库 CDB）。(database.dbname)</translation>
    </message>
    <message>
        <source>Pluggable database</source>
        <translation>可插拔数据库</translation>
    </message>
    <message>
        <source>Name of the pluggable database (PDB) holding the table; empty for a non-CDB installation. (database.pdb.name)</source>
        <translation>包含该表的可插拔数据库（PDB）名称；非 CDB 安装时留空。(database.pdb.name)</translation>
    </message>
    <message>
        <source>Schema history brokers</source>
        <translation>架构历史代理</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers where the connector keeps the history of the database&apos;s DDL. (schema.history.internal.kafka.bootstrap.servers)</source>
        <translation>连接器保存数据库 DDL 历史的 Kafka 引导服务器。(schema.history.internal.kafka.bootstrap.servers)</translation>
    </message>
    <message>
        <source>Schema history topic</source>
        <translation>架构历史主题</translation>
    </message>
    <message>
        <source>Topic of the DDL history, one per connector. Empty: &lt;connector name&gt;.schema-history. (schema.history.internal.kafka.topic)</source>
        <translation>DDL 历史主题，每个连接器一个。留空：&lt;connector name&gt;.schema-history。(schema.history.internal.kafka.topic)</translation>
    </message>
    <message>
        <source>Snapshot mode</source>
        <translation>快照模式</translation>
    </message>
    <message>
        <source>initial: read the table&apos;s current rows (op r), then stream changes; initial_only: only the rows; no_data: only changes from now on; when_needed: snapshot again when the log position is lost. (snapshot.mode)</source>
        <translation>initial：读取表的当前行（op r），然后流式传输变更；initial_only：仅读取行；no_data：仅从现在起的变更；when_needed：日志位置丢失时重新快照。(snapshot.mode)</translation>
    </message>
    <message>
        <source>Decimal handling</source>
        <translation>小数处理</translation>
    </message>
    <message>
        <source>How NUMBER/DECIMAL columns are written: precise as encoded bytes (not readable as JSON numbers), double as numbers, string as text. Choose double for columns declared double. (decimal.handling.mode)</source>
        <translation>NUMBER/DECIMAL 列的写入方式：precise 为编码字节（无法作为 JSON 数字读取），double 为数字，string 为文本。对声明为 double 的列请选择 double。(decimal.handling.mode)</translation>
    </message>
    <message>
        <source>Server id</source>
        <translation>服务器 ID</translation>
    </message>
    <message>
        <source>A numeric id, unique among the MySQL server&apos;s replication clients, the connector joins with. (database.server.id)</source>
        <translation>连接器加入时使用的数字 ID，在 MySQL 服务器的复制客户端中必须唯一。(database.server.id)</translation>
    </message>
    <message>
        <source>Decoding plugin</source>
        <translation>解码插件</translation>
    </message>
    <message>
        <source>Logical decoding plugin; pgoutput is built into PostgreSQL 10 and later. (plugin.name)</source>
        <translation>逻辑解码插件；pgoutput 内置于 PostgreSQL 10 及更高版本。(plugin.name)</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>复制槽</translation>
    </message>
    <message>
        <source>Name of the logical replication slot; unique per connector. (slot.name)</source>
        <translation>逻辑复制槽的名称；每个连接器唯一。(slot.name)</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>The pgoutput publication the connector reads. (publication.name)</source>
        <translation>连接器读取的 pgoutput 发布。(publication.name)</translation>
    </message>
    <message>
        <source>JDBC URL</source>
        <translation>JDBC URL</translation>
    </message>
    <message>
        <source>The database&apos;s JDBC URL without credentials, e.g. jdbc:postgresql://db:5432/shop. (connection.url)</source>
        <translation>不含凭据的数据库 JDBC URL，例如 jdbc:postgresql://db:5432/shop。(connection.url)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Database user name. (connection.user)</source>
        <translation>数据库用户名。(connection.user)</translation>
    </message>
    <message>
        <source>Reference to the password, never the password: env:NAME (an environment variable of the Connect worker and of Pipewright) or keychain:NAME. (connection.password)</source>
        <translation>密码的引用，而非密码本身：env:NAME（Connect 工作进程和 Pipewright 的环境变量）或 keychain:NAME。(connection.password)</translation>
    </message>
    <message>
        <source>Query mode</source>
        <translation>查询模式</translation>
    </message>
    <message>
        <source>How new rows are found: bulk copies the whole table each poll; incrementing by a strictly growing column; timestamp by a modification time column; or both. (mode)</source>
        <translation>查找新行的方式：bulk 每次轮询复制整张表；incrementing 通过严格递增的列；timestamp 通过修改时间列；或两者兼用。(mode)</translation>
    </message>
    <message>
        <source>Incrementing column</source>
        <translation>递增列</translation>
    </message>
    <message>
        <source>Strictly increasing column (usually the primary key); required for the incrementing modes. (incrementing.column.name)</source>
        <translation>严格递增的列（通常为主键）；incrementing 模式必需。(incrementing.column.name)</translation>
    </message>
    <message>
        <source>Timestamp column</source>
        <translation>时间戳列</translation>
    </message>
    <message>
        <source>Modification time column; required for the timestamp modes. (timestamp.column.name)</source>
        <translation>修改时间列；timestamp 模式必需。(timestamp.column.name)</translation>
    </message>
    <message>
        <source>Poll interval (ms)</source>
        <translation>轮询间隔（毫秒）</translation>
    </message>
    <message>
        <source>How often the table is queried. (poll.interval.ms)</source>
        <translation>查询该表的频率。(poll.interval.ms)</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>其他属性</translation>
    </message>
    <message>
        <source>Further connector properties, written into the exported configuration as they are. Secrets belong in the secret fields above, never here.</source>
        <translation>其他连接器属性，按原样写入导出的配置。机密信息应填在上方的机密字段中，切勿填在此处。</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Connect property name, e.g. poll.interval.ms.</source>
        <translation>Connect 属性名，例如 poll.interval.ms。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Its value, as text.</source>
        <translation>其值，以文本形式。</translation>
    </message>
    <message>
        <source>Connect sink</source>
        <translation>Connect 接收器</translation>
    </message>
    <message>
        <source>A Kafka Connect sink connector (Snowflake, Amazon S3, JDBC or MongoDB) running in your Connect cluster: the pipeline writes the topic the connector reads, and export writes the connector&apos;s configuration beside the SQL.</source>
        <translation>在 Connect 集群中运行的 Kafka Connect 接收器连接器（Snowflake、Amazon S3、JDBC 或 MongoDB）：管道写入连接器读取的主题，导出时将连接器配置与 SQL 一并写出。</translation>
    </message>
    <message>
        <source>Records for the connector; several steps may feed one sink.</source>
        <translation>发送给连接器的记录；多个步骤可以馈入同一个接收器。</translation>
    </message>
    <message>
        <source>Which connector moves the topic on: snowflake — Snowflake sink (com.snowflake.kafka.connector.SnowflakeSinkConnector). s3 — Amazon S3 sink (Confluent) (io.confluent.connect.s3.S3SinkConnector). jdbc — JDBC sink (Confluent) (io.confluent.connect.jdbc.JdbcSinkConnector). mongodb — MongoDB sink (com.mongodb.kafka.connect.MongoSinkConnector).</source>
        <translation>转发该主题的连接器：snowflake — Snowflake 接收器 (com.snowflake.kafka.connector.SnowflakeSinkConnector)。s3 — Amazon S3 接收器 (Confluent) (io.confluent.connect.s3.S3SinkConnector)。jdbc — JDBC 接收器 (Confluent) (io.confluent.connect.jdbc.JdbcSinkConnector)。mongodb — MongoDB 接收器 (com.mongodb.kafka.connect.MongoSinkConnector)。</translation>
    </message>
    <message>
        <source>The topic the pipeline writes and the connector reads (its topics property).</source>
        <translation>管道写入、连接器读取的主题（其 topics 属性）。</translation>
    </message>
    <message>
        <source>Destination table (Snowflake, JDBC) or collection (MongoDB).</source>
        <translation>目标表（Snowflake、JDBC）或集合（MongoDB）。</translation>
    </message>
    <message>
        <source>json writes plain JSON objects (read with Connect&apos;s schemaless JSON converter); avro writes Confluent&apos;s Avro wire format registered in the Schema Registry, which the JDBC sink needs for its column types.</source>
        <translation>json 写入纯 JSON 对象（使用 Connect 的无模式 JSON 转换器读取）；avro 写入在 Schema Registry 中注册的 Confluent Avro 线路格式，JDBC 接收器需要它来确定列类型。</translation>
    </message>
    <message>
        <source>Account URL</source>
        <translation>账户 URL</translation>
    </message>
    <message>
        <source>The account&apos;s host and port, e.g. myorg-account1.snowflakecomputing.com:443. (snowflake.url.name)</source>
        <translation>账户的主机和端口，例如 myorg-account1.snowflakecomputing.com:443。(snowflake.url.name)</translation>
    </message>
    <message>
        <source>The Snowflake user with the connector&apos;s role and key pair. (snowflake.user.name)</source>
        <translation>具有连接器角色和密钥对的 Snowflake 用户。(snowflake.user.name)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Reference to the user&apos;s private key (key pair authentication), never the key: env:NAME or keychain:NAME. (snowflake.private.key)</source>
        <translation>用户私钥（密钥对认证）的引用，而非密钥本身：env:NAME 或 keychain:NAME。(snowflake.private.key)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <source>Reference to the passphrase of an encrypted private key; empty for an unencrypted key. (snowflake.private.key.passphrase)</source>
        <translation>加密私钥口令的引用；未加密的密钥留空。(snowflake.private.key.passphrase)</translation>
    </message>
    <message>
        <source>The Snowflake database holding the table. (snowflake.database.name)</source>
        <translation>包含该表的 Snowflake 数据库。(snowflake.database.name)</translation>
    </message>
    <message>
        <source>The schema holding the table, e.g. PUBLIC. (snowflake.schema.name)</source>
        <translation>包含该表的架构，例如 PUBLIC。(snowflake.schema.name)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Role the connector uses; empty: the user&apos;s default role. (snowflake.role.name)</source>
        <translation>连接器使用的角色；留空：用户的默认角色。(snowflake.role.name)</translation>
    </message>
    <message>
        <source>Ingestion</source>
        <translation>摄取</translation>
    </message>
    <message>
        <source>SNOWPIPE stages files and loads them; SNOWPIPE_STREAMING inserts rows with lower latency. (snowflake.ingestion.method)</source>
        <translation>SNOWPIPE 暂存文件并加载；SNOWPIPE_STREAMING 以更低延迟插入行。(snowflake.ingestion.method)</translation>
    </message>
    <message>
        <source>Buffer records</source>
        <translation>缓冲记录数</translation>
    </message>
    <message>
        <source>Records buffered per partition before they are loaded. (buffer.count.records)</source>
        <translation>加载前每个分区缓冲的记录数。(buffer.count.records)</translation>
    </message>
    <message>
        <source>Buffer flush time (s)</source>
        <translation>缓冲区刷新时间（秒）</translation>
    </message>
    <message>
        <source>Seconds between loads of a partition&apos;s buffer. (buffer.flush.time)</source>
        <translation>分区缓冲区两次加载之间的秒数。(buffer.flush.time)</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>存储桶</translation>
    </message>
    <message>
        <source>The S3 bucket the objects are written to. (s3.bucket.name)</source>
        <translation>写入对象的 S3 存储桶。(s3.bucket.name)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The bucket&apos;s AWS region. (s3.region)</source>
        <translation>存储桶所在的 AWS 区域。(s3.region)</translation>
    </message>
    <message>
        <source>Records per object</source>
        <translation>每个对象的记录数</translation>
    </message>
    <message>
        <source>Records written to one S3 object before it is committed. (flush.size)</source>
        <translation>提交前写入一个 S3 对象的记录数。(flush.size)</translation>
    </message>
    <message>
        <source>Rotate interval (ms)</source>
        <translation>轮转间隔（毫秒）</translation>
    </message>
    <message>
        <source>Also commit an object after this much record time, so quiet partitions are written too. (rotate.interval.ms)</source>
        <translation>在经过此记录时间后也提交对象，使不活跃的分区也能写出。(rotate.interval.ms)</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>键前缀</translation>
    </message>
    <message>
        <source>Top-level folder of the objects in the bucket. (topics.dir)</source>
        <translation>存储桶中对象的顶层文件夹。(topics.dir)</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Reference to the AWS access key id; empty: the worker&apos;s default credentials (instance role). (aws.access.key.id)</source>
        <translation>AWS 访问密钥 ID 的引用；留空：工作进程的默认凭据（实例角色）。(aws.access.key.id)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>Reference to the AWS secret access key. (aws.secret.access.key)</source>
        <translation>AWS 秘密访问密钥的引用。(aws.secret.access.key)</translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation>插入模式</translation>
    </message>
    <message>
        <source>insert adds a row per record; upsert inserts or updates by the key; update only updates. (insert.mode)</source>
        <translation>insert 为每条记录添加一行；upsert 按键插入或更新；update 仅更新。(insert.mode)</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>键来源</translation>
    </message>
    <message>
        <source>Where the primary key columns come from: none, the Kafka key, or fields of the value. (pk.mode)</source>
        <translation>主键列的来源：none、Kafka 键或值的字段。(pk.mode)</translation>
    </message>
    <message>
        <source>Primary key columns (upsert and update need them). (pk.fields)</source>
        <translation>主键列（upsert 和 update 需要）。(pk.fields)</translation>
    </message>
    <message>
        <source>Create the table from the record schema when it does not exist. (auto.create)</source>
        <translation>表不存在时根据记录架构创建。(auto.create)</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>连接 URI</translation>
    </message>
    <message>
        <source>Reference to the mongodb:// or mongodb+srv:// URI, which holds the credentials: env:NAME or keychain:NAME. (connection.uri)</source>
        <translation>包含凭据的 mongodb:// 或 mongodb+srv:// URI 的引用：env:NAME 或 keychain:NAME。(connection.uri)</translation>
    </message>
    <message>
        <source>The MongoDB database of the collection. (database)</source>
        <translation>集合所在的 MongoDB 数据库。(database)</translation>
    </message>
    <message>
        <source>Document id strategy</source>
        <translation>文档 ID 策略</translation>
    </message>
    <message>
        <source>Class computing each document&apos;s _id, e.g. com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy; empty: a new ObjectId. (document.id.strategy)</source>
        <translation>计算每个文档 _id 的类，例如 com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy；留空：新的 ObjectId。(document.id.strategy)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Kafka event pipelines as node graphs.</source>
        <translation>以节点图的形式设计 Kafka 事件管道。</translation>
    </message>
    <message>
        <source>Run against the embedded sandbox Kafka cluster.</source>
        <translation>在内嵌的沙箱 Kafka 集群上运行。</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the first paint and exit.</source>
        <translation>首次绘制后保存窗口的 PNG 并退出。</translation>
    </message>
    <message>
        <source>Pipeline file to open.</source>
        <translation>要打开的管道文件。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Kindred::AddCustomer</name>
    <message>
        <source>Add customer</source>
        <translation>顧客を追加</translation>
    </message>
</context>
<context>
    <name>Kindred::AddToShortlist</name>
    <message numerus="yes">
        <source>Add %n customer(s) to the shortlist</source>
        <translation>
            <numerusform>%n人の顧客を候補リストに追加</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ApplySuggestions</name>
    <message numerus="yes">
        <source>Apply %n suggested score(s) from %1</source>
        <translation>
            <numerusform>%1 による%n件の推奨スコアを適用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::AsOfChip</name>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Last Order Date (%1)</source>
        <translation>最終購入日（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>Look as of %1</source>
        <translation>%1 時点で表示</translation>
    </message>
    <message>
        <source>Look as of Today</source>
        <translation>今日時点で表示</translation>
    </message>
    <message>
        <source>As of today</source>
        <translation>今日時点</translation>
    </message>
    <message>
        <source>Stages, the funnel and Pareto look from today. Choose another day to see the customers as they stood then.</source>
        <translation>段階、ファネル、パレートは今日時点で表示しています。別の日を選ぶと、その時点の顧客の状態を確認できます。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>Stages, the funnel, Pareto and the shortlist look from %1: orders after it do not count.</source>
        <translation>段階、ファネル、パレート、候補リストは %1 時点で表示しています。これより後の注文は数えません。</translation>
    </message>
</context>
<context>
    <name>Kindred::AsOfNotice</name>
    <message>
        <source>Old store</source>
        <translation>古いデータ</translation>
    </message>
    <message>
        <source>Keep Today</source>
        <translation>今日のままにする</translation>
    </message>
    <message numerus="yes">
        <source>The last order in this store is from %1, %n day(s) ago: as of today, everyone who bought looks Dormant. Look at the customers as they stood on that day instead?</source>
        <translation>
            <numerusform>このデータファイルの最終注文は %1（%n日前）です。今日時点では、購入したことのある顧客は全員が休眠顧客になります。代わりに、その日時点の顧客の状態を表示しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 時点にする</translation>
    </message>
    <message>
        <source>Look as of the Last Order Date</source>
        <translation>最終購入日時点で表示</translation>
    </message>
    <message>
        <source>Keep Looking as of Today</source>
        <translation>今日時点の表示を続ける</translation>
    </message>
</context>
<context>
    <name>Kindred::BehaviourRule</name>
    <message>
        <source>%1 must be a number, 0 or more.</source>
        <translation>%1 は 0 以上の数値でなければなりません。</translation>
    </message>
    <message>
        <source>window_months, repeat_target and tenure_years must be above 0.</source>
        <translation>window_months、repeat_target、tenure_years は 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>quiet_days must be more than recent_days.</source>
        <translation>quiet_days は recent_days より大きくなければなりません。</translation>
    </message>
    <message>
        <source>At least one weight must be above 0.</source>
        <translation>少なくとも 1つの重みを 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>Cannot open the rule: %1</source>
        <translation>ルールを開けません: %1</translation>
    </message>
    <message>
        <source>The rule is not a JSON object: %1</source>
        <translation>ルールが JSON オブジェクトではありません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat order(s) in %1 months</source>
        <translation>
            <numerusform>%1か月間にリピート注文%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last order %n day(s) ago</source>
        <translation>
            <numerusform>最終注文は%n日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>customer for %n day(s)</source>
        <translation>
            <numerusform>顧客になって%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>customer for %n month(s)</source>
        <translation>
            <numerusform>顧客になって%nか月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>customer for %n year(s)</source>
        <translation>
            <numerusform>顧客になって%n年</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ChangeOwnField</name>
    <message>
        <source>Rename Own Field “%1” to “%2”</source>
        <translation>独自項目「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>Delete Own Field “%1”</source>
        <translation>独自項目「%1」を削除</translation>
    </message>
    <message>
        <source>Change Type of Own Field “%1” to %2</source>
        <translation>独自項目「%1」の型を%2に変更</translation>
    </message>
</context>
<context>
    <name>Kindred::ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフを書き出す</translation>
    </message>
</context>
<context>
    <name>Kindred::Cli</name>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（「%2」は無効です）</translation>
    </message>
    <message>
        <source>Count customers per funnel stage, with the conversion from each step to the next and the share of the market that is Core.</source>
        <translation>ファネルの段階ごとに顧客数を数え、各段階から次への転換率と、市場のうちコア顧客の割合を表示します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>warning: %1; nobody is Core by rule</source>
        <translation>警告: %1。定義によるコア顧客はいません</translation>
    </message>
    <message>
        <source>Funnel on %1
</source>
        <translation>%1 のファネル
</translation>
    </message>
    <message>
        <source>Market	%1
</source>
        <translation>市場	%1
</translation>
    </message>
    <message>
        <source>reached %1</source>
        <translation>到達 %1</translation>
    </message>
    <message>
        <source>conversion %1</source>
        <translation>転換率 %1</translation>
    </message>
    <message>
        <source>Core share of the market: %1
</source>
        <translation>市場に占めるコア顧客の割合: %1
</translation>
    </message>
    <message>
        <source>Sort customers by revenue and print the Pareto figures: the share of the top 20%, how many customers make up 80% and the ABC classes. Customers with no revenue in the period, or more refunds than purchases, are counted apart.</source>
        <translation>顧客を売上順に並べ、パレートの数値を出力します：上位 20% の売上シェア、売上の 80% を占める顧客数、ABC 分類。期間中に売上のない顧客と、返金が購入を上回る顧客は別に数えます。</translation>
    </message>
    <message>
        <source>Count orders from this day on.</source>
        <translation>この日以降の注文を数えます。</translation>
    </message>
    <message>
        <source>Count orders up to this day.</source>
        <translation>この日までの注文を数えます。</translation>
    </message>
    <message>
        <source>Count the orders of the last twelve months.</source>
        <translation>直近 12か月の注文を数えます。</translation>
    </message>
    <message>
        <source>--last-12-months cannot be combined with --since or --until</source>
        <translation>--last-12-months は --since や --until と併用できません</translation>
    </message>
    <message>
        <source>--since (%1) is after --until (%2)</source>
        <translation>--since（%1）が --until（%2）より後になっています</translation>
    </message>
    <message>
        <source>Customers with revenue: %1 (without: %2, with more refunds than purchases: %3)
</source>
        <translation>売上のある顧客: %1（売上なし: %2、返金が購入を上回る: %3）
</translation>
    </message>
    <message>
        <source>Revenue: %1
</source>
        <translation>売上: %1
</translation>
    </message>
    <message>
        <source>Class A: %1, B: %2, C: %3
</source>
        <translation>A 分類: %1、B: %2、C: %3
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Kindred on the command line: the same store and analyses as the app.</source>
        <translation>コマンドラインの Kindred：アプリと同じデータファイルと分析を使えます。</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>実行する操作:</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; see --help</source>
        <translation>不明な操作「%1」です。--help を参照してください</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): &quot;%4&quot; holds %5, which %6 cannot hold</source>
        <translation>%1行目、%2列目（%3）：「%4」に %6 で表せない %5 が含まれています</translation>
    </message>
    <message>
        <source>Cannot write to standard output</source>
        <translation>標準出力に書き込めません</translation>
    </message>
    <message>
        <source>The one-to-one shortlist: quadrant I ranked by value score (0.5 × value fit + 50 × revenue percentile), cut at the one-to-one capacity; pinned customers always in, excluded ones out.</source>
        <translation>1対1の候補リスト：第I象限の顧客を価値スコア（0.5 × 価値観の共有可能性 + 50 × 売上パーセンタイル）順に並べ、1対1で対応できる人数で区切ります。ピン留めした顧客は常に含め、除外した顧客は含めません。</translation>
    </message>
    <message>
        <source>Draw from this quadrant (default I).</source>
        <translation>この象限から選びます（既定：I）。</translation>
    </message>
    <message>
        <source>Draw from customers who meet the excellent-customer rule.</source>
        <translation>優良顧客の定義を満たす顧客から選びます。</translation>
    </message>
    <message>
        <source>How many (default: the one-to-one capacity).</source>
        <translation>人数（既定：1対1で対応できる人数）。</translation>
    </message>
    <message>
        <source>Print JSON instead of CSV.</source>
        <translation>CSV の代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>--json prints to standard output; leave out --out</source>
        <translation>--json は標準出力に出力します。--out は指定しないでください</translation>
    </message>
    <message>
        <source>choose --quadrant or --rule, not both</source>
        <translation>--quadrant と --rule はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>--quadrant needs I, II, III or IV, not &quot;%1&quot;</source>
        <translation>--quadrant には I、II、III、IV のいずれかを指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>--limit には 0 以上の整数を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>Create an empty store (or upgrade an existing one).</source>
        <translation>空のデータファイルを作成します（既存のものはアップグレードします）。</translation>
    </message>
    <message>
        <source>Store ready: %1</source>
        <translation>データファイルの準備ができました: %1</translation>
    </message>
    <message>
        <source>Fill a new or empty store with generated demo customers and orders.</source>
        <translation>新規または空のデータファイルに、生成したデモ用の顧客と注文を入れます。</translation>
    </message>
    <message>
        <source>How many customers (default 500).</source>
        <translation>顧客数（既定：500）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>乱数のシード（既定：1）。</translation>
    </message>
    <message>
        <source>--customers needs a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>--customers には 0 以上の整数を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;</source>
        <translation>--seed には整数を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>%1 already has customers; demo data goes into a new store</source>
        <translation>%1 にはすでに顧客がいます。デモデータは新しいデータファイルに作成してください</translation>
    </message>
    <message>
        <source>Generated %1 demo customers in %2</source>
        <translation>%2 に %1人のデモ顧客を生成しました</translation>
    </message>
    <message>
        <source>List customers with their derived figures.</source>
        <translation>顧客を、集計した数値とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Count customers and orders and sum the revenue.</source>
        <translation>顧客数と注文数を数え、売上を合計します。</translation>
    </message>
    <message>
        <source>Customers: %1
Orders: %2
Revenue: %3
</source>
        <translation>顧客: %1
注文: %2
売上: %3
</translation>
    </message>
    <message>
        <source>The store to use (default: the one the GUI opens).</source>
        <translation>使用するデータファイル（既定：GUI アプリが開くもの）。</translation>
    </message>
    <message>
        <source>--%1 needs a score from 0 to 100, not &quot;%2&quot;</source>
        <translation>--%1 には 0〜100 のスコアを指定してください（「%2」は無効です）</translation>
    </message>
    <message>
        <source>give exactly one customer ID</source>
        <translation>顧客 ID を 1つだけ指定してください</translation>
    </message>
    <message>
        <source>The value matrix: customers per quadrant, and each customer&apos;s scores and quadrant. A score equal to the split counts as high.</source>
        <translation>価値マトリクス：象限ごとの顧客数と、各顧客のスコアと象限を表示します。境界値と同じスコアは「高い」に数えます。</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Place a customer on the value matrix.</source>
        <translation>顧客を価値マトリクスに配置します。</translation>
    </message>
    <message>
        <source>Value fit, 0-100.</source>
        <translation>価値観の共有可能性（0〜100）。</translation>
    </message>
    <message>
        <source>Value awareness, 0-100.</source>
        <translation>価値観の自覚（0〜100）。</translation>
    </message>
    <message>
        <source>The customer&apos;s ID (theirs, or Kindred&apos;s number).</source>
        <translation>顧客の ID（顧客 ID、または Kindred の番号）。</translation>
    </message>
    <message>
        <source>place needs both --fit and --awareness</source>
        <translation>place には --fit と --awareness の両方が必要です</translation>
    </message>
    <message>
        <source>%1 is now in quadrant %2</source>
        <translation>%1 は第%2象限になりました</translation>
    </message>
    <message>
        <source>Clear a customer&apos;s scores: they wait unplaced beside the matrix.</source>
        <translation>顧客のスコアを消去します。顧客は未配置としてマトリクスの横で待機します。</translation>
    </message>
    <message>
        <source>--rule: %1</source>
        <translation>--rule: %1</translation>
    </message>
    <message>
        <source>--rule: no excellent-customer rule yet; define one in Kindred (Analysis ▸ Excellent Customer Rule…)</source>
        <translation>--rule: 優良顧客の定義がまだありません。Kindred で定義してください（［分析］▸［優良顧客の定義…］）</translation>
    </message>
    <message>
        <source>What to export: customers or pareto.</source>
        <translation>書き出す表: customers または pareto。</translation>
    </message>
    <message>
        <source>export needs one table: customers or pareto</source>
        <translation>export には表を 1つ指定してください: customers または pareto</translation>
    </message>
    <message>
        <source>--since, --until and --last-12-months apply to the pareto table only</source>
        <translation>--since、--until、--last-12-months は pareto の表にだけ使えます</translation>
    </message>
    <message>
        <source>What the file holds: customers or orders (default: from the headers).</source>
        <translation>ファイルの内容: customers または orders（既定：見出しから判定）。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding, e.g. UTF-8, Shift_JIS, UTF-16 (default: detected).</source>
        <translation>ファイルの文字コード。UTF-8、Shift_JIS、UTF-16 など（既定：自動判定）。</translation>
    </message>
    <message>
        <source>comma, semicolon, tab or bar (default: detected).</source>
        <translation>comma、semicolon、tab、bar のいずれか（既定：自動判定）。</translation>
    </message>
    <message>
        <source>Stop at the first unusable row instead of skipping it.</source>
        <translation>使えない行があれば、読み飛ばさずにそこで止めます。</translation>
    </message>
    <message>
        <source>Save the skipped rows and why as CSV to this file.</source>
        <translation>読み飛ばした行とその理由を、このファイルに CSV で保存します。</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>結果の概要を JSON で出力します。</translation>
    </message>
    <message>
        <source>import needs exactly one file; see --help</source>
        <translation>import にはファイルを 1つだけ指定してください。--help を参照してください</translation>
    </message>
    <message>
        <source>--kind must be customers or orders, not &quot;%1&quot;</source>
        <translation>--kind には customers または orders を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or bar, not &quot;%1&quot;</source>
        <translation>--delimiter には comma、semicolon、tab、bar のいずれかを指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>--map needs field=Header, not &quot;%1&quot;</source>
        <translation>--map は 項目=見出し の形で指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>読み飛ばし: %1</translation>
    </message>
    <message>
        <source>... and %1 more skipped rows; --report saves them all.</source>
        <translation>…ほかに %1行を読み飛ばしました。--report ですべて保存できます。</translation>
    </message>
    <message>
        <source>Also replace scores set by hand.</source>
        <translation>手動で設定したスコアも置き換えます。</translation>
    </message>
    <message>
        <source>Tune the behaviour rule with this JSON file.</source>
        <translation>この JSON ファイルで購買行動ルールを調整します。</translation>
    </message>
    <message>
        <source>Judge behaviour as of this date (default: today).</source>
        <translation>この日の時点で購買行動を判定します（既定：今日）。</translation>
    </message>
    <message>
        <source>changed: %1 customers</source>
        <translation>変更: %1人</translation>
    </message>
    <message>
        <source>would change: %1 customers</source>
        <translation>変更予定: %1人</translation>
    </message>
    <message>
        <source>quadrant changes: %1, placed for the first time: %2, unchanged: %3</source>
        <translation>象限の変更: %1、初めて配置: %2、変更なし: %3</translation>
    </message>
    <message>
        <source>left alone (set by hand; --overwrite-manual replaces them): %1</source>
        <translation>そのまま（手動で設定済み。--overwrite-manual で置き換え）: %1</translation>
    </message>
    <message>
        <source>quadrant	now	after</source>
        <translation>象限	現在	適用後</translation>
    </message>
    <message>
        <source>suggested scores	0-9	10-19	20-29	30-39	40-49	50-59	60-69	70-79	80-89	90-100</source>
        <translation>推奨スコア	0-9	10-19	20-29	30-39	40-49	50-59	60-69	70-79	80-89	90-100</translation>
    </message>
    <message>
        <source>value fit</source>
        <translation>価値観の共有可能性</translation>
    </message>
    <message>
        <source>value awareness</source>
        <translation>価値観の自覚</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date には YYYY-MM-DD 形式の日付を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>Score customers from a survey export (CSV, one row per respondent, matched to customers by customer ID or email). Without --apply, only says what would change. Scores set by hand are kept unless --overwrite-manual is given. Applied scores are recorded in the history as &quot;survey: FILE&quot;.</source>
        <translation>アンケートの書き出し（CSV、1行に1回答者、顧客 ID またはメールで顧客と照合）から顧客のスコアを付けます。--apply を付けなければ、何が変わるかを示すだけです。手動で設定したスコアは --overwrite-manual を付けない限り保持します。適用したスコアは履歴に「survey: FILE」として記録します。</translation>
    </message>
    <message>
        <source>The survey export.</source>
        <translation>アンケートの書き出しファイル。</translation>
    </message>
    <message>
        <source>The scoring: which question counts for which axis, with what weight and direction (JSON).</source>
        <translation>採点方法：どの設問をどの軸に、どの重みと向きで数えるか（JSON）。</translation>
    </message>
    <message>
        <source>Save the scores.</source>
        <translation>スコアを保存します。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding, e.g. UTF-8, Shift_JIS (default: detected).</source>
        <translation>ファイルの文字コード。UTF-8、Shift_JIS など（既定：自動判定）。</translation>
    </message>
    <message>
        <source>give exactly one survey file</source>
        <translation>アンケートのファイルを 1つだけ指定してください</translation>
    </message>
    <message>
        <source>import-survey needs --scoring SCORING.json</source>
        <translation>import-survey には --scoring SCORING.json が必要です</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>…ほか %1件</translation>
    </message>
    <message>
        <source>%1: %2 respondents, %3 matched, %4 unmatched (%5)</source>
        <translation>%1: 回答者 %2人、照合済み %3人、未照合 %4人（%5）</translation>
    </message>
    <message>
        <source>scored: value fit %1, value awareness %2 (at least %3 answers per axis)</source>
        <translation>採点: 価値観の共有可能性 %1人、価値観の自覚 %2人（各軸に少なくとも %3件の回答）</translation>
    </message>
    <message>
        <source>nothing saved: add --apply to save</source>
        <translation>何も保存していません。保存するには --apply を付けてください</translation>
    </message>
    <message>
        <source>Suggest value awareness from purchase behaviour (repeat orders in the last months, tenure, recency), with the reason for each customer. Nothing is saved; see apply-suggestions.</source>
        <translation>購買行動（直近数か月のリピート注文、顧客になってからの期間、最終購入からの日数）から価値観の自覚を推奨し、顧客ごとに理由を示します。何も保存しません。apply-suggestions を参照してください。</translation>
    </message>
    <message>
        <source> (hand-set kept)</source>
        <translation>（手動設定を保持）</translation>
    </message>
    <message>
        <source>Save the behaviour rule&apos;s suggested value awareness in one step, recorded in the history as &quot;behaviour rule&quot;. Scores set by hand are kept unless --overwrite-manual is given.</source>
        <translation>購買行動ルールが推奨する価値観の自覚を一度に保存し、履歴に「behaviour rule」として記録します。手動で設定したスコアは --overwrite-manual を付けない限り保持します。</translation>
    </message>
    <message>
        <source>Create an empty store.</source>
        <translation>空のデータファイルを作成します。</translation>
    </message>
    <message>
        <source>Fill a new store with generated demo customers.</source>
        <translation>新しいデータファイルに生成したデモ顧客を入れます。</translation>
    </message>
    <message>
        <source>List customers.</source>
        <translation>顧客を一覧表示します。</translation>
    </message>
    <message>
        <source>Count customers and orders, sum revenue.</source>
        <translation>顧客数と注文数を数え、売上を合計します。</translation>
    </message>
    <message>
        <source>Customers per quadrant of the value matrix.</source>
        <translation>価値マトリクスの象限ごとの顧客数を表示します。</translation>
    </message>
    <message>
        <source>Clear a customer&apos;s place on the value matrix.</source>
        <translation>顧客の価値マトリクス上の配置を解除します。</translation>
    </message>
    <message>
        <source>Count customers per funnel stage, with conversions.</source>
        <translation>ファネルの段階ごとの顧客数を、転換率とともに数えます。</translation>
    </message>
    <message>
        <source>Revenue concentration: top 20% share, ABC classes.</source>
        <translation>売上の集中度：上位20%の占める割合と ABC 分類を表示します。</translation>
    </message>
    <message>
        <source>The one-to-one shortlist, as CSV or JSON.</source>
        <translation>1対1の候補リストを CSV または JSON で出力します。</translation>
    </message>
    <message>
        <source>Export customers or the Pareto table as CSV.</source>
        <translation>顧客またはパレートの表を CSV で書き出します。</translation>
    </message>
    <message>
        <source>Score customers from a survey export.</source>
        <translation>アンケートの書き出しから顧客にスコアを付けます。</translation>
    </message>
    <message>
        <source>Suggest value awareness from purchase behaviour.</source>
        <translation>購買行動から価値観の自覚を推奨します。</translation>
    </message>
    <message>
        <source>Save the behaviour suggestions in one step.</source>
        <translation>購買行動による推奨を一度に保存します。</translation>
    </message>
    <message>
        <source>utf-8-bom (default, for Excel), utf-8 or cp932 (Shift_JIS).</source>
        <translation>utf-8-bom（既定、Excel 向け）、utf-8、cp932（Shift_JIS）のいずれか。</translation>
    </message>
    <message>
        <source>Columns to write, in order, separated by commas.</source>
        <translation>書き出す列を、順番にカンマ区切りで指定します。</translation>
    </message>
    <message>
        <source>Do not neutralise cells starting with = + - @ (formula injection).</source>
        <translation>= + - @ で始まるセルを無害化しません（数式インジェクション対策を無効にします）。</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; use utf-8-bom, utf-8 or cp932</source>
        <translation>不明な文字コード「%1」です。utf-8-bom、utf-8、cp932 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--delimiter needs one character or &quot;tab&quot;, not &quot;%1&quot;</source>
        <translation>--delimiter には 1文字または &quot;tab&quot; を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>Place many customers, from a file of moves.</source>
        <translation>移動を記したファイルから、多数の顧客を配置します。</translation>
    </message>
    <message>
        <source>Copy a whole workspace into a new store, file or team store.</source>
        <translation>ワークスペース全体を、新しいデータファイルまたはチーム用データベースにコピーします。</translation>
    </message>
    <message>
        <source>Copy a whole workspace (customers, orders, score history, shortlist, settings, with their ids) into a new or empty store, in one transaction, then compare both by row counts and checksums. Either store may be a file or a postgresql:// URL.</source>
        <translation>ワークスペース全体（顧客・注文・スコア履歴・ショートリスト・設定を ID ごと）を新規または空のデータファイルに1つのトランザクションでコピーし、行数とチェックサムで両者を照合します。どちらもファイルまたは postgresql:// の URL で指定できます。</translation>
    </message>
    <message>
        <source>The store to copy (default: the --db store).</source>
        <translation>コピー元のデータファイル（既定：--db のデータファイル）。</translation>
    </message>
    <message>
        <source>The new or empty store to copy into; a file is created if missing.</source>
        <translation>コピー先の新規または空のデータファイル。ファイルがなければ作成します。</translation>
    </message>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation>照合結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>copy needs --to STORE; see --help</source>
        <translation>copy には --to STORE が必要です。--help を参照してください</translation>
    </message>
    <message>
        <source>--from and --to name the same store</source>
        <translation>--from と --to が同じデータファイルを指しています</translation>
    </message>
    <message>
        <source>%1 is not empty: copy only into a new or empty store</source>
        <translation>%1 は空ではありません。コピー先は新規または空のデータファイルにしてください</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 を %2 にコピーしました。</translation>
    </message>
    <message>
        <source>Checksum of the source: %1</source>
        <translation>コピー元のチェックサム: %1</translation>
    </message>
    <message>
        <source>Checksum of the copy:   %1</source>
        <translation>コピー先のチェックサム: %1</translation>
    </message>
    <message>
        <source>the copy differs from the source in: %1</source>
        <translation>コピーがコピー元と異なります: %1</translation>
    </message>
    <message>
        <source>Place many customers on the value matrix: one move per line, &quot;ID,FIT,AWARENESS&quot; (commas or spaces; lines starting with # are skipped). Every line is checked before the first move is saved; then each move is saved on its own, as place does, so that others working on a team store see them one by one.</source>
        <translation>多数の顧客を価値マトリクスに配置します。1行に1件、&quot;ID,FIT,AWARENESS&quot;（カンマまたは空白区切り。# で始まる行は読み飛ばします）。最初の移動を保存する前にすべての行を確認し、その後 place と同じく1件ずつ保存するので、チーム用データベースで作業中のほかの人にも1件ずつ反映されます。</translation>
    </message>
    <message>
        <source>The file of moves, or - for standard input.</source>
        <translation>移動を記したファイル。標準入力なら - 。</translation>
    </message>
    <message>
        <source>moves needs exactly one file (or -); see --help</source>
        <translation>moves にはファイル（または -）をちょうど1つ指定してください。--help を参照してください</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected ID,FIT,AWARENESS with scores from 0 to 100</source>
        <translation>ID,FIT,AWARENESS（スコアは 0～100）の形式で指定してください</translation>
    </message>
    <message>
        <source>Moves saved: %1</source>
        <translation>保存した移動: %1</translation>
    </message>
    <message>
        <source>How dates like 3/5/2024 or 24/03/05 are written: DMY, MDY or YMD (default: from the dates).</source>
        <translation>3/5/2024 や 24/03/05 のような日付の書き方: DMY、MDY または YMD（既定: 日付から判定）。</translation>
    </message>
    <message>
        <source>--date-format must say the order of day, month and year, such as DMY, MDY or YMD, not &quot;%1&quot;</source>
        <translation>--date-format には日・月・年の順序（DMY、MDY、YMD など）を指定してください。「%1」は使えません</translation>
    </message>
    <message>
        <source>Say how to read them with --date-format DMY (day first), MDY (month first) or YMD (two-digit year first, as in 24/12/31).</source>
        <translation>--date-format DMY（日が先）、MDY（月が先）または YMD（2桁の年が先、24/12/31 のような形）で読み方を指定してください。</translation>
    </message>
    <message>
        <source>Write cells the encoding cannot hold anyway, with 〓 (cp932) in place of each character it cannot hold.</source>
        <translation>文字コードで表せない文字を含むセルも、その文字を 〓 (cp932) に置き換えて書き出します。</translation>
    </message>
    <message>
        <source>Save every cell the encoding cannot hold as CSV to this file.</source>
        <translation>文字コードで表せないセルをすべて、このファイルに CSV で保存します。</translation>
    </message>
    <message>
        <source>... and %1 more; --report PATH saves them all.</source>
        <translation>…ほかに %1個あります。--report PATH ですべて保存できます。</translation>
    </message>
    <message>
        <source>Read &quot; as a plain character, not as the start of a quoted field: for a file whose stray quote is never closed.</source>
        <translation>&quot; を引用符で囲んだ欄の始まりとしてではなく、ただの文字として読みます。閉じられていない引用符が紛れ込んだファイル向けです。</translation>
    </message>
    <message>
        <source>Nothing was imported. If that quote is part of the text, import again with --literal-quotes to read every &quot; as a plain character.</source>
        <translation>何も取り込んでいません。その引用符がテキストの一部であれば、--literal-quotes を付けてもう一度取り込み、すべての &quot; をただの文字として読んでください。</translation>
    </message>
    <message>
        <source>Lines of the file not read: %1.</source>
        <translation>読み込まなかったファイルの行数: %1。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 or UTF-16: it was read as %1. If names look wrong, give its encoding with --encoding.</source>
        <translation>このファイルは UTF-8 でも UTF-16 でもないため、%1 として読み込みました。名前が正しく表示されない場合は、--encoding で文字コードを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>All %n cell(s) are listed in %1</source>
        <translation>
            <numerusform>%n 個のセルすべてを %1 に一覧にしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be written in %1; nothing was written. Use --encoding utf-8-bom, change those cells, or write them with --replace-unencodable.</source>
        <translation>
            <numerusform>%n 個のセルは %1 で書き出せないため、何も書き出していません。--encoding utf-8-bom を指定するか、それらのセルを変更するか、--replace-unencodable を付けて書き出してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are written with %1 in place of the characters %2 cannot hold.</source>
        <translation>
            <numerusform>%n 個のセルは、%2 で表せない文字を %1 に置き換えて書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>%1 に %n 行を書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>The amounts are in %1: the workspace&apos;s currency is now %1.</source>
        <translation>金額の通貨は %1 です。ワークスペースの通貨を %1 にしました。</translation>
    </message>
    <message>
        <source>The amounts are in %1, but the workspace&apos;s currency is %2: they were imported as they are, not converted. --strict refuses such a file.</source>
        <translation>金額の通貨は %1 ですが、ワークスペースの通貨は %2 です。換算せず、そのまま取り込みました。--strict を付けると、このようなファイルは取り込みません。</translation>
    </message>
    <message>
        <source>Import customers or order lines from a CSV file or workbook.</source>
        <translation>CSV ファイルまたはブックから顧客や注文明細を取り込みます。</translation>
    </message>
    <message>
        <source>Look from the end of this day: orders after it do not count; &quot;today&quot; for today (default: the workspace&apos;s as-of day, else today).</source>
        <translation>この日の終わりの時点で判定します。これより後の注文は数えません。今日にするには &quot;today&quot; を指定します（既定：ワークスペースで設定した時点、なければ今日）。</translation>
    </message>
    <message>
        <source>Write to FILE (default, or -: standard output). A named pipe or a device is written into, never replaced. A name ending in .xlsx writes an Excel workbook.</source>
        <translation>FILE に書き出します（既定、または -：標準出力）。名前付きパイプやデバイスには書き込むだけで、置き換えはしません。名前が .xlsx で終わる場合は Excel ブックで書き出します。</translation>
    </message>
    <message>
        <source>csv or xlsx (an Excel workbook: numbers, money and dates typed, text never a formula). Default: xlsx when FILE ends in .xlsx, else csv.</source>
        <translation>csv または xlsx（Excel ブック：数値・金額・日付はそれぞれの型で書き、テキストが数式になることはありません）。既定：FILE が .xlsx で終わる場合は xlsx、それ以外は csv。</translation>
    </message>
    <message>
        <source>Write CSV for a spreadsheet in this locale, e.g. de_DE: where it writes decimals with a comma, fields are separated by &apos;;&apos; and numbers written 1625,93. Default: Excel in English (&apos;,&apos; and 1625.93).</source>
        <translation>このロケールの表計算ソフト向けに CSV を書き出します（例: de_DE）。小数をカンマで書くロケールでは、項目を &apos;;&apos; で区切り、数値を 1625,93 のように書きます。既定：英語版 Excel（&apos;,&apos; と 1625.93）。</translation>
    </message>
    <message>
        <source>Field delimiter: a character or &quot;tab&quot; (default: , or the locale&apos;s ;).</source>
        <translation>区切り文字：1文字または &quot;tab&quot;（既定：, またはロケールに応じた ;）。</translation>
    </message>
    <message>
        <source>--format needs csv or xlsx, not &quot;%1&quot;</source>
        <translation>--format には csv または xlsx を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>unknown locale &quot;%1&quot;; use a name such as en_US, de_DE or ja_JP</source>
        <translation>不明なロケール「%1」です。en_US、de_DE、ja_JP などの名前を指定してください</translation>
    </message>
    <message>
        <source>a workbook is not for a terminal: give --out FILE.xlsx, or redirect the output</source>
        <translation>ブックは端末には出力できません。--out FILE.xlsx を指定するか、出力をリダイレクトしてください</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>候補リスト</translation>
    </message>
    <message>
        <source>Export a table as CSV or an Excel workbook. TABLE: customers (every customer, by id) or pareto (the customers on the revenue curve, by revenue: rank, share, cumulative share and ABC class).</source>
        <translation>表を CSV または Excel ブックで書き出します。TABLE: customers（すべての顧客、ID 順）または pareto（売上曲線上の顧客、売上順：順位、シェア、累積シェア、ABC 分類）。</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>パレート</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Import a customer list or order lines from a CSV file or a sheet of an Excel (.xlsx) or LibreOffice (.ods) workbook. Columns are matched to fields by their headers (English, Japanese, German, French, Spanish, Italian or Dutch); the encoding, delimiter, decimal separator and date order are detected. Importing the same file again changes nothing.</source>
        <translation>CSV ファイル、または Excel（.xlsx）や LibreOffice（.ods）のブックのシートから、顧客リストや注文明細を取り込みます。列は見出し（英語、日本語、ドイツ語、フランス語、スペイン語、イタリア語、オランダ語）によって項目に対応づけます。文字コード、区切り文字、小数点の記号、日付の順序は自動で判定します。同じファイルをもう一度取り込んでも何も変わりません。</translation>
    </message>
    <message>
        <source>The CSV file or workbook to import.</source>
        <translation>取り込む CSV ファイルまたはブック。</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to import (default: the first that holds a table).</source>
        <translation>取り込むブックのシート（既定：表を含む最初のシート）。</translation>
    </message>
    <message>
        <source>Read %1 rows as %2 (%3); skipped %4.
Customers: %5 created, %6 updated.
Orders: %7 added, %8 updated, %9 unchanged.
</source>
        <translation>%1行を %2 として読み込みました（%3）。読み飛ばし: %4行。
顧客: 新規 %5、更新 %6。
注文: 追加 %7、更新 %8、変更なし %9。
</translation>
    </message>
    <message>
        <source>Customer lists: keep every column that no field reads as an own field of the customers, named by its header (its type, text, number, date or yes/no, is taken from its values).</source>
        <translation>顧客リスト: どの項目にも対応しない列を、見出しを名前とする顧客の独自項目として残します（型はテキスト・数値・日付・はい/いいえのいずれかで、値から判定します）。</translation>
    </message>
    <message>
        <source>New own fields: %1.</source>
        <translation>新しい独自項目：%1。</translation>
    </message>
    <message>
        <source>Columns not imported (no field reads them; --map FIELD=Header assigns one, --keep-unmapped keeps them as own fields): %1.</source>
        <translation>取り込まなかった列（どの項目にも対応しません。--map 項目=見出し で割り当てるか、--keep-unmapped で独自項目として残せます）：%1。</translation>
    </message>
    <message>
        <source>Fill a field from the column with this header, e.g. amount=Total. Fields: customer_id, name, given_name, email, company, tags, value_fit, value_awareness, stage, notes, phone, reading, postal_code, address, order_id, order_date, amount, or field:NAME for an own field of that name (customer lists). Repeatable.</source>
        <translation>この見出しの列から項目を埋めます（例: amount=合計）。項目: customer_id, name, given_name, email, company, tags, value_fit, value_awareness, stage, notes, phone, reading, postal_code, address, order_id, order_date, amount、または独自項目なら field:名前（顧客リストのみ）。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>New customers who look like existing ones: %1. Review them:</source>
        <translation>既存の顧客に似ている新規顧客: %1人。確認してください:</translation>
    </message>
    <message>
        <source>  %1 (id %2) looks like %3 (id %4): %5</source>
        <translation>  %1（ID %2）は %3（ID %4）に似ています: %5</translation>
    </message>
    <message>
        <source>  ... and %1 more; --json lists them all.</source>
        <translation>  …ほか %1件。--json ですべて表示します。</translation>
    </message>
    <message>
        <source>List customers who are likely one person.</source>
        <translation>同一人物の可能性がある顧客を一覧表示します。</translation>
    </message>
    <message>
        <source>Merge two customers who are one person.</source>
        <translation>同一人物の 2件の顧客を統合します。</translation>
    </message>
    <message>
        <source>Remember that two customers are two people.</source>
        <translation>2件の顧客が別人であることを記録します。</translation>
    </message>
    <message>
        <source>give exactly two customer IDs</source>
        <translation>顧客 ID を 2つだけ指定してください</translation>
    </message>
    <message>
        <source>%1 and %2 are the same customer</source>
        <translation>%1 と %2 は同じ顧客です</translation>
    </message>
    <message>
        <source>Customers who are likely one person recorded twice, strongest first: the same email or phone however written, the same name written another way, the same company. Pairs marked with not-duplicate are left out.</source>
        <translation>同一人物が 2回登録されている可能性がある顧客を、可能性の高い順に表示します：書き方が違っても同じメールや電話番号、別の書き方の同じ名前、同じ会社。not-duplicate で記録した組は除きます。</translation>
    </message>
    <message>
        <source>List at most N pairs (default: all).</source>
        <translation>最大 N 組まで表示します（既定：すべて）。</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>重複の可能性がある顧客はいません。</translation>
    </message>
    <message>
        <source>Merge OTHER into KEEP: one customer with both customers&apos; orders, score history, tags and notes. For each field the two fill differently the filled value wins, else KEEP&apos;s, unless --prefer-other names it. An order both hold (the same order id, or the same date and amount without one) is counted once.</source>
        <translation>OTHER を KEEP に統合します：両方の注文、スコア履歴、タグ、メモを持つ 1件の顧客になります。値が異なる項目は、--prefer-other で指定しない限り、入力されている方の値、両方あれば KEEP の値が残ります。両方にある注文（同じ注文 ID、または注文 ID がなく日付と金額が同じもの）は 1件と数えます。</translation>
    </message>
    <message>
        <source>Take OTHER&apos;s value of this field: name, reading, email, phone, company, postal_code, address, external_id, next_action, scores, stage, or an own field&apos;s name. Repeatable.</source>
        <translation>この項目は OTHER の値を使います：name、reading、email、phone、company、postal_code、address、external_id、next_action、scores、stage、または独自項目の名前。複数指定できます。</translation>
    </message>
    <message>
        <source>The customer to keep (their ID, or Kindred&apos;s number).</source>
        <translation>残す顧客（顧客 ID、または Kindred の番号）。</translation>
    </message>
    <message>
        <source>The customer merged into KEEP and removed.</source>
        <translation>KEEP に統合して削除する顧客。</translation>
    </message>
    <message>
        <source>--prefer-other %1: the two customers do not differ in a field of that name</source>
        <translation>--prefer-other %1：2件の顧客でその名前の項目に違いはありません</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 を %2 に統合しました。</translation>
    </message>
    <message>
        <source>Orders moved: %1. Score changes moved: %2.</source>
        <translation>移した注文：%1件。移したスコア変更：%2件。</translation>
    </message>
    <message>
        <source>The shortlist mark moved too.</source>
        <translation>候補リストでの設定も移しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) both held counted once.</source>
        <translation>
            <numerusform>両方にあった注文 %n件は 1件と数えました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken from %1: %2.</source>
        <translation>%1 から取った値：%2。</translation>
    </message>
    <message>
        <source>Remember that two customers are two people: duplicates and the window no longer propose them.</source>
        <translation>2件の顧客が別人であることを記録します：duplicates とウィンドウはこの組を提案しなくなります。</translation>
    </message>
    <message>
        <source>A customer (their ID, or Kindred&apos;s number).</source>
        <translation>顧客（顧客 ID、または Kindred の番号）。</translation>
    </message>
    <message>
        <source>The other customer.</source>
        <translation>もう一方の顧客。</translation>
    </message>
    <message>
        <source>%1 and %2 are no longer proposed as duplicates.</source>
        <translation>%1 と %2 は今後、重複として提案されません。</translation>
    </message>
    <message>
        <source>Whether one-to-one work moves quadrant I customers toward II: the customers who stood in quadrant I at some moment since the day given, those contacted while they stood there beside the others. The period ends on the as-of day. The groups were not chosen at random: the figures show a tendency, not a cause.</source>
        <translation>1対1の働きかけによって第I象限の顧客が第II象限へ近づくかを示します。指定した日以降のいずれかの時点で第I象限にいた顧客を、そこにいる間にコンタクトした顧客とそれ以外の顧客に分けて並べます。期間は基準時点の日で終わります。2つのグループは無作為に選ばれたものではないため、数値が示すのは傾向であり、因果関係ではありません。</translation>
    </message>
    <message>
        <source>The period&apos;s first day.</source>
        <translation>期間の初日。</translation>
    </message>
    <message>
        <source>effect needs --since DATE; see --help</source>
        <translation>effect には --since DATE が必要です。--help を参照してください</translation>
    </message>
    <message>
        <source>--since (%1) is after the as-of day (%2)</source>
        <translation>--since（%1）が基準時点（%2）より後になっています</translation>
    </message>
    <message>
        <source>One-to-one effect from %1 to %2: customers who stood in quadrant I
</source>
        <translation>%1 から %2 までの1対1の効果：第I象限にいた顧客
</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>コンタクトあり</translation>
    </message>
    <message>
        <source>not contacted</source>
        <translation>コンタクトなし</translation>
    </message>
    <message>
        <source>Moved I → II</source>
        <translation>I → II に移動</translation>
    </message>
    <message>
        <source>Median change of value awareness</source>
        <translation>価値観の自覚の変化（中央値）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Became Core</source>
        <translation>コア顧客になった</translation>
    </message>
    <message>
        <source>The groups were not chosen at random: this shows a tendency, not a cause.
</source>
        <translation>2つのグループは無作為に選ばれたものではありません。これは傾向を示すもので、因果関係を示すものではありません。
</translation>
    </message>
    <message>
        <source>Whether one-to-one contacts moved quadrant I customers toward II.</source>
        <translation>1対1のコンタクトによって第I象限の顧客が第II象限へ近づいたかを示します。</translation>
    </message>
    <message>
        <source>Write the one-page report as a PDF.</source>
        <translation>1ページのレポートを PDF で書き出します。</translation>
    </message>
    <message>
        <source>Log a contact with a customer.</source>
        <translation>顧客とのコンタクトを記録します。</translation>
    </message>
    <message>
        <source>List the contact log.</source>
        <translation>コンタクト履歴を一覧表示します。</translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD or a time as &quot;YYYY-MM-DD HH:MM&quot;, not &quot;%1&quot;</source>
        <translation>--date には YYYY-MM-DD 形式の日付、または &quot;YYYY-MM-DD HH:MM&quot; 形式の日時を指定してください（「%1」は無効です）</translation>
    </message>
    <message>
        <source>%1 is in the future: log a contact once it happened, and plan one as the customer&apos;s next action</source>
        <translation>%1 は未来の日時です。コンタクトは行ってから記録してください。予定のコンタクトは、顧客の次のアクションとして計画してください</translation>
    </message>
    <message>
        <source>Log a contact with a customer: a call, a visit, an email...</source>
        <translation>顧客とのコンタクト（電話、訪問、メールなど）を記録します。</translation>
    </message>
    <message>
        <source>How: %1, or a channel of your own.</source>
        <translation>方法：%1、または独自のチャネル。</translation>
    </message>
    <message>
        <source>What was said or done.</source>
        <translation>話した内容や行ったこと。</translation>
    </message>
    <message>
        <source>When: YYYY-MM-DD or &quot;YYYY-MM-DD HH:MM&quot; (default: now).</source>
        <translation>日時：YYYY-MM-DD または &quot;YYYY-MM-DD HH:MM&quot;（既定：現在）。</translation>
    </message>
    <message>
        <source>contact needs --channel (%1, or your own)</source>
        <translation>contact には --channel が必要です（%1、または独自のチャネル）</translation>
    </message>
    <message>
        <source>Logged: %1 with %2 on %3</source>
        <translation>%2 との%1（%3）を記録しました</translation>
    </message>
    <message>
        <source>List the contact log, oldest first: of one customer, or of all.</source>
        <translation>コンタクト履歴を古い順に一覧表示します：1人の顧客の履歴、またはすべての顧客の履歴。</translation>
    </message>
    <message>
        <source>Only contacts from this day on.</source>
        <translation>この日以降のコンタクトだけを表示します。</translation>
    </message>
    <message>
        <source>No contacts logged.</source>
        <translation>記録されたコンタクトはありません。</translation>
    </message>
    <message>
        <source>kindred-report cannot be loaded.</source>
        <translation>kindred-report を読み込めません。</translation>
    </message>
    <message>
        <source>Write the one-page report as an A4 PDF: the funnel, the value matrix, the Pareto curve, the shortlist with next actions and the one-to-one effect, in the language of LANG. The period (the revenue of the Pareto curve and the effect) runs from --since, by default twelve months back, to the as-of day. Needs no display.</source>
        <translation>1ページのレポートを A4 の PDF で書き出します：ファネル、価値マトリクス、パレート曲線、次のアクション付きの候補リスト、1対1の効果を、LANG の言語で記載します。期間（パレート曲線の売上と効果の対象）は --since（既定：12か月前）から基準時点の日までです。ディスプレイは不要です。</translation>
    </message>
    <message>
        <source>The PDF file to write (- for standard output).</source>
        <translation>書き出す PDF ファイル（標準出力なら -）。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf; see --help</source>
        <translation>report には --out FILE.pdf が必要です。--help を参照してください</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>Kindred::Cli::Context</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
</context>
<context>
    <name>Kindred::ColumnMapping</name>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Value fit</source>
        <translation>価値観の共有可能性</translation>
    </message>
    <message>
        <source>Value awareness</source>
        <translation>価値観の自覚</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>注文 ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>注文日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2 files; the fields are: %3.</source>
        <translation>「%1」は %2 ファイルの項目ではありません。項目は次のとおりです: %3。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2.</source>
        <translation>ファイルに列「%1」がありません。列は次のとおりです: %2。</translation>
    </message>
    <message>
        <source>Order lines need a column for: %1.</source>
        <translation>注文明細には次の列が必要です: %1。</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名（下の名前）</translation>
    </message>
    <message>
        <source>No column is chosen for the customer ID, the email or the name, so customers cannot be recognised.</source>
        <translation>顧客 ID・メール・顧客名のどの列も選ばれていないため、顧客を見分けられません。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Reading (furigana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
</context>
<context>
    <name>Kindred::ContactChannels</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Kindred::ContactDialog</name>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Log Contact with %1</source>
        <translation>%1 とのコンタクトを記録</translation>
    </message>
    <message>
        <source>Edit Contact with %1</source>
        <translation>%1 とのコンタクトを編集</translation>
    </message>
    <message>
        <source>Choose a channel or type a new one: it is offered next time.</source>
        <translation>チャネルを選ぶか、新しいチャネルを入力してください。入力したチャネルは次回から選択肢に表示されます。</translation>
    </message>
    <message>
        <source>What you talked about, what they said</source>
        <translation>話した内容、相手が言ったこと</translation>
    </message>
    <message>
        <source>e.g. call to ask how the first order went</source>
        <translation>例：電話して初回購入の感想を聞く</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>期限(&amp;U)</translation>
    </message>
    <message>
        <source>Due date of the next action</source>
        <translation>次のアクションの期日</translation>
    </message>
    <message>
        <source>Next &amp;action:</source>
        <translation>次のアクション(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>チャネル(&amp;C):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Next Action Done: %1</source>
        <translation>次のアクションを完了: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::ContactLog</name>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Add the Channel %1</source>
        <translation>チャネル「%1」を追加</translation>
    </message>
    <message>
        <source>Log Contact with %1</source>
        <translation>%1 とのコンタクトを記録</translation>
    </message>
    <message>
        <source>Edit Contact with %1</source>
        <translation>%1 とのコンタクトを編集</translation>
    </message>
    <message>
        <source>Delete Contact with %1</source>
        <translation>%1 とのコンタクトを削除</translation>
    </message>
    <message>
        <source>Mark the Next Action of %1 Done</source>
        <translation>%1 の次のアクションを完了にする</translation>
    </message>
</context>
<context>
    <name>Kindred::CsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>No customer ID or email.</source>
        <translation>顧客 ID もメールもありません。</translation>
    </message>
    <message>
        <source>No order date.</source>
        <translation>注文日がありません。</translation>
    </message>
    <message>
        <source>Not a date (or not one of the forms Kindred reads).</source>
        <translation>日付ではありません（または Kindred が読める形式ではありません）。</translation>
    </message>
    <message>
        <source>No amount.</source>
        <translation>金額がありません。</translation>
    </message>
    <message>
        <source>Not an amount.</source>
        <translation>金額ではありません。</translation>
    </message>
    <message>
        <source>Not a score from 0 to 100.</source>
        <translation>0〜100 のスコアではありません。</translation>
    </message>
    <message>
        <source>Not a stage.</source>
        <translation>段階ではありません。</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The dates in column &quot;%1&quot; can be read in more than one way (&quot;%2&quot; can be %3), and no date in the file tells which. Choose how the dates are written.</source>
        <translation>列「%1」の日付は複数の読み方ができ（「%2」は %3 のどちらにもなります）、ファイル内にどちらかを決める日付がありません。日付の書き方を選んでください。</translation>
    </message>
    <message>
        <source>No customer name.</source>
        <translation>顧客名がありません。</translation>
    </message>
    <message>
        <source>With this amount the file&apos;s amounts add up to more than a number can hold.</source>
        <translation>この金額を加えると、ファイル内の金額の合計が扱える数値の上限を超えます。</translation>
    </message>
    <message>
        <source>The amounts are in %1, but the workspace&apos;s currency is %2. Nothing was imported.</source>
        <translation>金額の通貨は %1 ですが、ワークスペースの通貨は %2 です。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1、シート「%2」</translation>
    </message>
    <message>
        <source>%1, delimiter %2</source>
        <translation>%1、区切り文字 %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>Own fields are kept from customer lists (one row a customer), not from order lines: import the customer list with --kind customers.</source>
        <translation>独自項目は顧客リスト（1行に1顧客）から残します。注文明細からは残しません。顧客リストを --kind customers で取り込んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a field: give 1 to 100 characters without spaces around them.</source>
        <translation>「%1」は項目名にできません。前後に空白のない1～100文字で指定してください。</translation>
    </message>
    <message>
        <source>No column &quot;%1&quot; is left for the field &quot;%2&quot;. The columns are: %3.</source>
        <translation>項目「%2」に使える列「%1」がありません。列: %3。</translation>
    </message>
    <message>
        <source>%1
Nothing was imported; the store is as it was.</source>
        <translation>%1
何も取り込んでいません。データファイルは元のままです。</translation>
    </message>
</context>
<context>
    <name>Kindred::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>ファイルが読み込み用に開かれていません。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot read files in the encoding &quot;%1&quot;.</source>
        <translation>文字コード「%1」のファイルは読み込めません。</translation>
    </message>
    <message>
        <source>The field holds bytes that are not valid %1.</source>
        <translation>この欄には %1 として正しくないバイトが含まれています。</translation>
    </message>
    <message>
        <source>The row has %1 fields where the first row has %2.</source>
        <translation>この行の欄は %1個ですが、先頭行は %2個です。</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file. Save it as CSV in the spreadsheet (File ▸ Save As…, CSV UTF-8) and import that file.</source>
        <translation>これは表計算ソフトのブック (Excel など) で、CSV ファイルではありません。表計算ソフトで CSV として保存し (ファイル ▸ 名前を付けて保存…、CSV UTF-8)、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The row has more than %L1 fields.</source>
        <translation>この行の欄が %L1個を超えています。</translation>
    </message>
    <message>
        <source>The field is longer than %1 MB.</source>
        <translation>この欄が %1 MB を超えています。</translation>
    </message>
    <message numerus="yes">
        <source>A quote opened at row %1, column %2 is never closed: %Ln line(s) from it to the end of the file could not be read. Close it or double it (&quot;&quot;) in the file.</source>
        <translation>
            <numerusform>%1行目、%2列目で始まる引用符が閉じられていないため、そこからファイルの終わりまでの %Ln行を読み込めませんでした。ファイル内でこの引用符を閉じるか、2つ重ねて（&quot;&quot;）ください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The field holds a NUL character (a zero byte), which is not text.</source>
        <translation>この欄には、テキストではない NUL 文字（値が 0 のバイト）が含まれています。</translation>
    </message>
</context>
<context>
    <name>Kindred::CsvWriter</name>
    <message>
        <source>The delimiter cannot be a quote, a line break or empty.</source>
        <translation>区切り文字に引用符や改行は使えません。空にもできません。</translation>
    </message>
    <message>
        <source>This system cannot write %1.</source>
        <translation>このシステムでは %1 で書き出せません。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold characters that %1 cannot hold (first: &quot;%2&quot; in &quot;%3&quot;); nothing was written. Choose UTF-8 or change those cells.</source>
        <translation>
            <numerusform>%n個のセルに %1 で表せない文字が含まれているため（最初の例：「%3」の「%2」）、何も書き出していません。UTF-8 を選ぶか、該当するセルを修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot create the file: %1</source>
        <translation>ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 BOM 付き（Excel 向け）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 BOM なし</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>The delimiter %1 cannot be written in %2.</source>
        <translation>区切り文字 %1 は %2 では書き出せません。</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>header</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Cannot open for writing: %1</source>
        <translation>書き込み用に開けません: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
</context>
<context>
    <name>Kindred::CustomerDetailsPanel</name>
    <message>
        <source>Separate tags with commas</source>
        <translation>タグはカンマで区切ります</translation>
    </message>
    <message>
        <source>From orders and the rule</source>
        <translation>注文履歴と定義から判定</translation>
    </message>
    <message>
        <source>A stage set by hand is kept until you set it back to &quot;From orders and the rule&quot;.</source>
        <translation>手動で設定した段階は、「注文履歴と定義から判定」に戻すまで保持されます。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Customer &amp;ID:</source>
        <translation>顧客 ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>会社(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>段階(&amp;S):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Next &amp;action:</source>
        <translation>次のアクション(&amp;A):</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>名前を編集</translation>
    </message>
    <message>
        <source>Edit customer ID</source>
        <translation>顧客 ID を編集</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>メールを編集</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>会社を編集</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>タグを編集</translation>
    </message>
    <message>
        <source>Edit next action</source>
        <translation>次のアクションを編集</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>段階を設定</translation>
    </message>
    <message>
        <source>Edit due date</source>
        <translation>期限を編集</translation>
    </message>
    <message>
        <source>Select a customer to see and edit their details.</source>
        <translation>顧客を選ぶと、詳細を確認・編集できます。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message numerus="yes">
        <source>Revenue %1 from %n order(s)</source>
        <translation>
            <numerusform>売上 %1（注文 %n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>First order %1, last order %2</source>
        <translation>初回購入 %1、最終購入 %2</translation>
    </message>
    <message>
        <source>Value fit %1, value awareness %2</source>
        <translation>価値観の共有可能性 %1、価値観の自覚 %2</translation>
    </message>
    <message>
        <source>Not placed on the matrix yet</source>
        <translation>まだマトリクスに配置されていません</translation>
    </message>
    <message>
        <source>Quadrant %1: %2</source>
        <translation>第%1象限：%2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>The change could not be saved. Another customer may already have this customer ID.</source>
        <translation>変更を保存できませんでした。この顧客 ID はすでに別の顧客に使われている可能性があります。</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <source>Due date of the next action</source>
        <translation>次のアクションの期日</translation>
    </message>
    <message>
        <source>Last saved by %1</source>
        <translation>最終保存者: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Not a customer yet on %1</source>
        <translation>%1 時点ではまだ顧客ではありません</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>%1 時点：%2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>段階：%1</translation>
    </message>
    <message>
        <source>Edit own field</source>
        <translation>独自項目を編集</translation>
    </message>
    <message>
        <source>How the name is read, e.g. in katakana: sorting by name follows it.</source>
        <translation>名前の読み方（カタカナなど）。名前順の並べ替えはこの読みに従います。</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>フリガナ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>Posta&amp;l code:</source>
        <translation>郵便番号(&amp;L):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>住所(&amp;D):</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>フリガナを編集</translation>
    </message>
    <message>
        <source>Edit phone</source>
        <translation>電話番号を編集</translation>
    </message>
    <message>
        <source>Edit postal code</source>
        <translation>郵便番号を編集</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>住所を編集</translation>
    </message>
    <message>
        <source>Contacts and moves</source>
        <translation>コンタクトと移動の履歴</translation>
    </message>
    <message>
        <source>Lo&amp;g Contact…</source>
        <translation>コンタクトを記録(&amp;G)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the chosen contact from the log</source>
        <translation>選んだコンタクトを履歴から削除</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>コンタクト:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: value fit, value awareness (%2, %3) → (%4, %5)</source>
        <translation>%1：価値観の共有可能性・価値観の自覚（%2、%3）→（%4、%5）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>scores changed</source>
        <translation>スコアを変更</translation>
    </message>
    <message>
        <source>placed in %1</source>
        <translation>第%1象限に配置</translation>
    </message>
    <message>
        <source>placement cleared</source>
        <translation>配置を解除</translation>
    </message>
    <message>
        <source>moved within %1</source>
        <translation>第%1象限内で移動</translation>
    </message>
    <message>
        <source>moved %1 → %2</source>
        <translation>第%1象限 → 第%2象限に移動</translation>
    </message>
</context>
<context>
    <name>Kindred::CustomerMerge</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Place on the value matrix</source>
        <translation>価値マトリクス上の位置</translation>
    </message>
    <message>
        <source>Stage set by hand</source>
        <translation>手動で設定した段階</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（期限 %2）</translation>
    </message>
    <message>
        <source>fit %1, awareness %2</source>
        <translation>共有可能性 %1、自覚 %2</translation>
    </message>
</context>
<context>
    <name>Kindred::CustomerStore</name>
    <message>
        <source>This file is not a Kindred store.</source>
        <translation>このファイルは Kindred のデータファイルではありません。</translation>
    </message>
    <message>
        <source>This store was made by a newer version of Kindred (store version %1; this version reads up to %2). Update Kindred to open it.</source>
        <translation>このデータファイルは新しいバージョンの Kindred で作成されています（データ形式 %1。このバージョンが読めるのは %2 まで）。開くには Kindred を更新してください。</translation>
    </message>
    <message>
        <source>Cannot open the store: %1</source>
        <translation>データファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The store is damaged and cannot be read (%1).</source>
        <translation>データファイルが破損しているため読み込めません（%1）。</translation>
    </message>
    <message>
        <source>Cannot prepare the store: %1</source>
        <translation>データファイルを準備できません: %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the store to version %1</source>
        <translation>データファイルをバージョン %1 にアップグレードできません</translation>
    </message>
    <message>
        <source>Cannot upgrade the store</source>
        <translation>データファイルをアップグレードできません</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <source>Cannot read customers</source>
        <translation>顧客を読み込めません</translation>
    </message>
    <message>
        <source>No customer with id %1.</source>
        <translation>ID %1 の顧客はいません。</translation>
    </message>
    <message>
        <source>No customer with id &quot;%1&quot;.</source>
        <translation>ID「%1」の顧客はいません。</translation>
    </message>
    <message>
        <source>Cannot add customer &quot;%1&quot;</source>
        <translation>顧客「%1」を追加できません</translation>
    </message>
    <message>
        <source>Cannot save customers</source>
        <translation>顧客を保存できません</translation>
    </message>
    <message>
        <source>Cannot save customer &quot;%1&quot;</source>
        <translation>顧客「%1」を保存できません</translation>
    </message>
    <message>
        <source>Cannot delete customers</source>
        <translation>顧客を削除できません</translation>
    </message>
    <message>
        <source>Cannot restore customers</source>
        <translation>顧客を復元できません</translation>
    </message>
    <message>
        <source>Cannot record the score history</source>
        <translation>スコアの履歴を記録できません</translation>
    </message>
    <message>
        <source>Cannot add order &quot;%1&quot; of customer %2</source>
        <translation>顧客 %2 の注文「%1」を追加できません</translation>
    </message>
    <message>
        <source>Cannot update revenue and order figures</source>
        <translation>売上と注文の集計を更新できません</translation>
    </message>
    <message>
        <source>Cannot save orders</source>
        <translation>注文を保存できません</translation>
    </message>
    <message>
        <source>Cannot read orders</source>
        <translation>注文を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read order figures</source>
        <translation>注文の集計を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the score history</source>
        <translation>スコアの履歴を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the shortlist</source>
        <translation>候補リストを読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the shortlist</source>
        <translation>候補リストを保存できません</translation>
    </message>
    <message>
        <source>Cannot save the shortlist mark of customer %1</source>
        <translation>顧客 %1 の候補リストの設定を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>設定を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>設定を保存できません</translation>
    </message>
    <message>
        <source>Cannot read the totals</source>
        <translation>合計を読み込めません</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>データファイルが開かれていません。</translation>
    </message>
    <message>
        <source>Cannot write to the store (simulated failure after %1 rows).</source>
        <translation>データファイルに書き込めません（%1行の後で模擬的に失敗させました）。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>取り込みは取り消されました。</translation>
    </message>
    <message>
        <source>Cannot add customers</source>
        <translation>顧客を追加できません</translation>
    </message>
    <message>
        <source>Cannot add orders</source>
        <translation>注文を追加できません</translation>
    </message>
    <message>
        <source>Cannot save the import</source>
        <translation>取り込みを保存できません</translation>
    </message>
    <message>
        <source>Cannot index the customers</source>
        <translation>顧客の索引を作成できません</translation>
    </message>
    <message>
        <source>PostgreSQL support (Qt&apos;s QPSQL driver) is not installed.</source>
        <translation>PostgreSQL 対応（Qt の QPSQL ドライバー）がインストールされていません。</translation>
    </message>
    <message>
        <source>Cannot read the team store: %1</source>
        <translation>チーム用データベースを読み込めません: %1</translation>
    </message>
    <message>
        <source>The team store is empty; create it first (kindred-cli init).</source>
        <translation>チーム用データベースが空です。先に作成してください（kindred-cli init）。</translation>
    </message>
    <message>
        <source>This database is not a Kindred store.</source>
        <translation>このデータベースは Kindred のデータファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot tell the other users of the team store</source>
        <translation>チーム用データベースのほかの利用者に変更を知らせられません</translation>
    </message>
    <message>
        <source>Cannot read the store</source>
        <translation>データファイルを読み込めません</translation>
    </message>
    <message>
        <source>The store is not empty: a workspace is only copied into a new or empty store.</source>
        <translation>データファイルが空ではありません。ワークスペースは新規または空のデータファイルにのみコピーできます。</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>コピーを保存できません</translation>
    </message>
    <message>
        <source>This file is empty: it holds no Kindred store yet.</source>
        <translation>このファイルは空です。Kindred のデータはまだ入っていません。</translation>
    </message>
    <message>
        <source>The store is damaged and cannot be read (its version, %1, is not one Kindred writes).</source>
        <translation>データファイルが破損しているため読み込めません（データ形式 %1 は Kindred が書き込む形式ではありません）。</translation>
    </message>
    <message>
        <source>This store was made by an older version of Kindred. Open it in Kindred once, or run a kindred-cli command that changes it, to bring it up to date.</source>
        <translation>このデータファイルは古いバージョンの Kindred で作成されています。最新の形式にするには、一度 Kindred で開くか、データファイルを変更する kindred-cli のコマンドを実行してください。</translation>
    </message>
    <message>
        <source>The store is busy: another program (%1, process %2 on %3) is writing to it. Try again when it has finished.</source>
        <translation>データファイルは別のプログラム（%1、%3 のプロセス %2）が書き込み中です。終わってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The store is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>データファイルは別のプログラムが書き込み中です。終わってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot read the own fields</source>
        <translation>独自項目を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the own fields</source>
        <translation>独自項目を保存できません</translation>
    </message>
    <message>
        <source>Cannot merge the customers</source>
        <translation>顧客を統合できません</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>同じ顧客どうしは統合できません。</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>統合を取り消せません</translation>
    </message>
    <message>
        <source>The merged customer %1 no longer exists.</source>
        <translation>統合先の顧客 %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Cannot copy the contact log</source>
        <translation>コンタクト履歴をコピーできません</translation>
    </message>
    <message>
        <source>Cannot read the contact log</source>
        <translation>コンタクト履歴を読み込めません</translation>
    </message>
    <message>
        <source>A contact needs a date and time.</source>
        <translation>コンタクトには日時が必要です。</translation>
    </message>
    <message>
        <source>A contact needs a channel.</source>
        <translation>コンタクトにはチャネルが必要です。</translation>
    </message>
    <message>
        <source>Cannot log the contact with customer %1</source>
        <translation>顧客 %1 とのコンタクトを記録できません</translation>
    </message>
    <message>
        <source>Cannot save the contact</source>
        <translation>コンタクトを保存できません</translation>
    </message>
    <message>
        <source>The contact is no longer in the log: someone removed it.</source>
        <translation>このコンタクトは履歴にありません。ほかの誰かが削除しました。</translation>
    </message>
    <message>
        <source>Cannot remove the contact</source>
        <translation>コンタクトを削除できません</translation>
    </message>
    <message>
        <source>Cannot read the store: its folder, or the store, is read-only for you, and reading it needs a small file beside it (%1-shm). Ask for write access to the folder, or copy the store and open the copy (%2).</source>
        <translation>データファイルを読み込めません。そのフォルダーまたはデータファイルがあなたには読み取り専用ですが、読み込むにはその横に小さなファイル（%1-shm）を作る必要があります。フォルダーへの書き込み権限を依頼するか、データファイルをコピーしてそのコピーを開いてください（%2）。</translation>
    </message>
    <message>
        <source>Cannot read the store (%1).</source>
        <translation>データファイルを読み込めません（%1）。</translation>
    </message>
</context>
<context>
    <name>Kindred::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最終購入日</translation>
    </message>
    <message>
        <source>Value fit</source>
        <translation>価値観の共有可能性</translation>
    </message>
    <message>
        <source>Value awareness</source>
        <translation>価値観の自覚</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%1 の%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1: orders after it do not count</source>
        <translation>%1 時点：これより後の注文は数えません</translation>
    </message>
    <message>
        <source>Your own field (%1)</source>
        <translation>独自項目（%1）</translation>
    </message>
</context>
<context>
    <name>Kindred::DeleteCustomers</name>
    <message numerus="yes">
        <source>Delete %n customer(s)</source>
        <translation>
            <numerusform>%n人の顧客を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::DueNotice</name>
    <message>
        <source>Next actions due</source>
        <translation>期限の来た次のアクション</translation>
    </message>
    <message>
        <source>Show Shortlist</source>
        <translation>候補リストを表示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n next action(s) on the shortlist are due today or overdue.</source>
        <translation>
            <numerusform>候補リストに、今日が期限または期限切れの次のアクションが %n件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::DuplicateFinder</name>
    <message>
        <source>same email</source>
        <translation>同じメール</translation>
    </message>
    <message>
        <source>same email but for case</source>
        <translation>大文字・小文字だけが違う同じメール</translation>
    </message>
    <message>
        <source>Gmail address with dots</source>
        <translation>ドット付きの Gmail アドレス</translation>
    </message>
    <message>
        <source>same Gmail address at googlemail.com</source>
        <translation>googlemail.com で書かれた同じ Gmail アドレス</translation>
    </message>
    <message>
        <source>same email but for the tag %1</source>
        <translation>タグ %1 だけが違う同じメール</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>同じ電話番号</translation>
    </message>
    <message>
        <source>same phone, once with the country code</source>
        <translation>同じ電話番号（一方は国番号付き）</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>同じ名前</translation>
    </message>
    <message>
        <source>same name but for case, spaces or full-width letters</source>
        <translation>大文字・小文字、空白、全角・半角だけが違う同じ名前</translation>
    </message>
    <message>
        <source>same name written with %1</source>
        <translation>%1 の異体字で書かれた同じ名前</translation>
    </message>
    <message>
        <source>same name with umlauts written out (ü = ue)</source>
        <translation>ウムラウトを書き換えた同じ名前（ü = ue）</translation>
    </message>
    <message>
        <source>same name but for accents</source>
        <translation>アクセント記号だけが違う同じ名前</translation>
    </message>
    <message>
        <source>same name written &quot;Last, First&quot;</source>
        <translation>「姓, 名」の順で書かれた同じ名前</translation>
    </message>
    <message>
        <source>same name in reversed order</source>
        <translation>姓と名が逆順の同じ名前</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>同じ会社</translation>
    </message>
    <message>
        <source>same company but for its legal form</source>
        <translation>法人格の表記だけが違う同じ会社</translation>
    </message>
    <message>
        <source>same postal address</source>
        <translation>同じ住所</translation>
    </message>
</context>
<context>
    <name>Kindred::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>統合…(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>重複ではない(&amp;N)</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>重複を検索</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最終購入日</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>重複を検索しています…</translation>
    </message>
    <message>
        <source>The %L1 strongest of %L2 likely pairs.</source>
        <translation>重複の可能性が高い上位 %L1 組（全 %L2 組）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln likely pair(s).</source>
        <translation>
            <numerusform>重複の可能性がある組：%Ln 組。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>重複の可能性がある顧客はいません。</translation>
    </message>
    <message>
        <source>Kindred ID %1</source>
        <translation>Kindred ID %1</translation>
    </message>
    <message>
        <source>The customers could not be merged; nothing was changed.</source>
        <translation>顧客を統合できませんでした。何も変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) both customers held (the same order id, or the same date and amount) counted once.</source>
        <translation>
            <numerusform>両方の顧客にあった注文 %n件（同じ注文 ID、または同じ日付と金額）は 1件と数えました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; and &quot;%2&quot; as Not a Duplicate</source>
        <translation>「%1」と「%2」を重複ではないと記録</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
</context>
<context>
    <name>Kindred::EffectChart</name>
    <message>
        <source>no customers</source>
        <translation>顧客なし</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%3人中 %2人）</translation>
    </message>
    <message>
        <source>Contacted in quadrant I</source>
        <translation>第I象限でコンタクトあり</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>コンタクトなし</translation>
    </message>
    <message>
        <source>Moved from I to II (%)</source>
        <translation>I から II に移動（%）</translation>
    </message>
    <message>
        <source>One-to-one effect chart</source>
        <translation>1対1の効果のグラフ</translation>
    </message>
    <message>
        <source>Moved from quadrant I to II: contacted %1, not contacted %2.</source>
        <translation>第I象限から第II象限に移動：コンタクトあり %1、コンタクトなし %2。</translation>
    </message>
</context>
<context>
    <name>Kindred::EffectDialog</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>One-to-one Effect</source>
        <translation>1対1の効果</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>開始日(&amp;S):</translation>
    </message>
    <message>
        <source>The customers who stood in quadrant I at some moment of the period (at its start, or placed there during it), split by whether a contact was logged while they stood there. Moved to II counts the contacted after their first contact in I, the others during the period.</source>
        <translation>期間中のいずれかの時点で第I象限にいた顧客（期間の開始時にいた顧客、または期間中にそこへ配置された顧客）を、第I象限にいる間にコンタクトが記録されたかどうかで分けています。第II象限への移動は、コンタクトありの顧客では第I象限での最初のコンタクト以降、それ以外の顧客では期間中の移動を数えます。</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>コンタクトあり</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>コンタクトなし</translation>
    </message>
    <message>
        <source>Customers in quadrant I</source>
        <translation>第I象限の顧客</translation>
    </message>
    <message>
        <source>Moved from I to II</source>
        <translation>I から II に移動</translation>
    </message>
    <message>
        <source>Median change of value awareness</source>
        <translation>価値観の自覚の変化（中央値）</translation>
    </message>
    <message>
        <source>Orders in the period</source>
        <translation>期間中の注文数</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>期間中の売上</translation>
    </message>
    <message>
        <source>Became Core</source>
        <translation>コア顧客になった</translation>
    </message>
    <message>
        <source>Figures of both groups</source>
        <translation>両グループの数値</translation>
    </message>
    <message>
        <source>&lt;b&gt;A tendency, not a cause.&lt;/b&gt; The groups were not chosen at random: whom to contact was your choice, and those you chose may have moved anyway. Read a difference between the groups as a hint to follow, not as proof that the contacts caused it.</source>
        <translation>&lt;b&gt;傾向であり、因果関係ではありません。&lt;/b&gt;2つのグループは無作為に選ばれたものではありません。コンタクトする相手はあなたが選んでおり、選んだ顧客はコンタクトしなくても移動していたかもしれません。グループ間の差は、コンタクトが原因であることの証拠ではなく、さらに確かめる価値のある手がかりとして読んでください。</translation>
    </message>
    <message>
        <source>to %1 (the as-of day)</source>
        <translation>%1 まで（基準時点）</translation>
    </message>
    <message>
        <source>Cannot compute the effect: %1</source>
        <translation>効果を計算できません: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::Error</name>
    <message>
        <source>row %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1列目</translation>
    </message>
</context>
<context>
    <name>Kindred::ExcellenceRule</name>
    <message>
        <source>The excellent-customer rule is not valid JSON: %1</source>
        <translation>優良顧客の定義が正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <source>The excellent-customer rule must match &quot;all&quot; or &quot;any&quot;, not &quot;%1&quot;.</source>
        <translation>優良顧客の定義の一致条件は &quot;all&quot; か &quot;any&quot; でなければなりません（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>Condition %1 of the excellent-customer rule: %2</source>
        <translation>優良顧客の定義の条件 %1: %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>不明な項目「%1」</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>不明な演算子「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2</source>
        <translation>「%1」は%2には使えません</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation>%1には数値が必要です</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>不明な%1「%2」</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>最終購入からの日数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC 分類</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>が次のいずれか</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>が次のいずれでもない</translation>
    </message>
    <message>
        <source>Class A and ordered in the last 180 days</source>
        <translation>A 分類で、直近 180日以内に購入</translation>
    </message>
    <message>
        <source>Quadrant II</source>
        <translation>第II象限</translation>
    </message>
    <message>
        <source>Regular with revenue of 1,000 or more</source>
        <translation>常連客で、売上 1,000 以上</translation>
    </message>
    <message>
        <source>Five orders or more, the last within 180 days</source>
        <translation>注文 5件以上で、最終購入が 180日以内</translation>
    </message>
    <message>
        <source>Quadrant II or class A</source>
        <translation>第II象限または A 分類</translation>
    </message>
    <message>
        <source>Own field</source>
        <translation>独自項目</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>がはい</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>がいいえ</translation>
    </message>
    <message>
        <source>is within the next</source>
        <translation>が今後</translation>
    </message>
    <message>
        <source>was at most</source>
        <translation>が過去</translation>
    </message>
    <message>
        <source>an own field needs a name</source>
        <translation>独自項目には名前が必要です</translation>
    </message>
</context>
<context>
    <name>Kindred::ExcludeFromShortlist</name>
    <message numerus="yes">
        <source>Exclude %n customer(s) from the shortlist</source>
        <translation>
            <numerusform>%n人の顧客を候補リストから除外</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Let %n customer(s) back on the shortlist</source>
        <translation>
            <numerusform>%n人の顧客を候補リストに戻す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ExportColumns</name>
    <message>
        <source>Unknown column &quot;%1&quot;; known: %2</source>
        <translation>不明な列「%1」です。使える列: %2</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is chosen twice</source>
        <translation>列「%1」が 2回指定されています</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Value fit</source>
        <translation>価値観の共有可能性</translation>
    </message>
    <message>
        <source>Value awareness</source>
        <translation>価値観の自覚</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>初回購入日</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最終購入日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>価値スコア</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>シェア (%)</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>累積シェア (%)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Kindred ID</source>
        <translation>Kindred ID</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Place on the shortlist</source>
        <translation>候補リストの順位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
</context>
<context>
    <name>Kindred::ExportDialog</name>
    <message>
        <source>Comma ( , )</source>
        <translation>カンマ ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>セミコロン ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Protect against formulas (prefix &apos; to cells starting with = + - @)</source>
        <translation>数式として扱われないようにする（= + - @ で始まるセルの先頭に &apos; を付ける）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C):</translation>
    </message>
    <message>
        <source>Row %1, %2: “%3” — %4</source>
        <translation>%1行目、%2：「%3」 — %4</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>列を 1つ以上選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to export.</source>
        <translation>
            <numerusform>書き出すのは %n行です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Tick the columns to export; drag them, or press Ctrl+Up and Ctrl+Down, to change their order.</source>
        <translation>書き出す列にチェックを入れます。ドラッグするか Ctrl+↑ / Ctrl+↓ で順番を変えられます。</translation>
    </message>
    <message>
        <source>Cells the encoding cannot hold</source>
        <translation>この文字コードで表せないセル</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cell(s)</source>
        <translation>
            <numerusform>…ほか %n個のセル</numerusform>
        </translation>
    </message>
    <message>
        <source>Write anyway, with %1 in place of each character %2 cannot hold</source>
        <translation>%2 で表せない文字を %1 に置き換えて書き出す</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot hold the characters of %n cell(s) below. Choose UTF-8, change these cells first, or write them with a marker.</source>
        <translation>
            <numerusform>%1 では下の %n個のセルの文字を表せません。UTF-8 を選ぶか、先にこれらのセルを修正するか、代わりの記号に置き換えて書き出してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>英語（米国）</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>英語（英国）</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>ポルトガル語（ブラジル）</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel ブック (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>A workbook keeps numbers, money and dates as such and names as text. A file name ending in .xlsx always writes a workbook.</source>
        <translation>ブックでは、数値・金額・日付はそれぞれの型のまま、名前はテキストとして保存されます。ファイル名が .xlsx で終わる場合は、常にブックで書き出します。</translation>
    </message>
    <message>
        <source>%1: fields split by %2, decimals %3</source>
        <translation>%1: 区切り文字 %2、小数 %3</translation>
    </message>
    <message>
        <source>Excel splits a CSV file at the list separator of its language: &apos;,&apos; in English, &apos;;&apos; where decimals are written with a comma (German, French, Italian, Spanish, Dutch…).</source>
        <translation>Excel は、その言語のリスト区切り文字で CSV ファイルを列に分けます。英語では &apos;,&apos;、小数をカンマで書く言語（ドイツ語、フランス語、イタリア語、スペイン語、オランダ語など）では &apos;;&apos; です。</translation>
    </message>
    <message>
        <source>For Excel &amp;in:</source>
        <translation>Excel の言語(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Kindred::FunnelChart</name>
    <message>
        <source>Funnel on %1</source>
        <translation>%1 のファネル</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>Now (%1)</source>
        <translation>現在（%1）</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>(now %1)</source>
        <translation>（現在 %1）</translation>
    </message>
    <message>
        <source>Core customers: %1, %2 of the market.</source>
        <translation>コア顧客: %1（市場の %2）。</translation>
    </message>
    <message>
        <source>Core customers: %1. Set the market size to see their share of it.</source>
        <translation>コア顧客: %1。市場規模を設定すると、市場に占める割合が表示されます。</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>ファネル</translation>
    </message>
    <message>
        <source>Customers per stage, from the market to Core, with the conversion from each stage to the next. Arrow keys choose a stage; Enter shows its customers in the table.</source>
        <translation>市場からコア顧客までの段階ごとの顧客数と、次の段階への転換率。矢印キーで段階を選び、Enter でその顧客を表に表示します。</translation>
    </message>
    <message>
        <source>Show the customers who are %1 now in the table</source>
        <translation>現在%1の顧客を表に表示</translation>
    </message>
    <message>
        <source>Show the customers who reached %1 in the table</source>
        <translation>%1に到達した顧客を表に表示</translation>
    </message>
</context>
<context>
    <name>Kindred::FunnelView</name>
    <message>
        <source>Compare with the funnel as of</source>
        <translation>次の時点のファネルと比較</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>The excellent-customer rule cannot be read, so nobody is Core by rule: %1</source>
        <translation>優良顧客の定義を読み込めないため、定義によるコア顧客はいません: %1</translation>
    </message>
    <message>
        <source>No excellent-customer rule yet: only customers set to Core by hand are Core.</source>
        <translation>優良顧客の定義がまだありません。手動でコア顧客に設定した顧客だけがコア顧客です。</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>ファネル</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Date of the funnel to compare with</source>
        <translation>比較するファネルの日付</translation>
    </message>
</context>
<context>
    <name>Kindred::ImportCustomers</name>
    <message>
        <source>Import “%1”</source>
        <translation>「%1」のインポート</translation>
    </message>
</context>
<context>
    <name>Kindred::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Order lines (one row per order or order line)</source>
        <translation>注文明細（1行に1注文または1明細）</translation>
    </message>
    <message>
        <source>Customer list (one row per customer)</source>
        <translation>顧客リスト（1行に1顧客）</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Excel)</source>
        <translation>Shift_JIS（日本語版 Excel）</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>カンマ ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>セミコロン ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>縦棒 |</translation>
    </message>
    <message>
        <source>Detect from the dates</source>
        <translation>日付から判定</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>日が先（31/12/2024）</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>月が先（12/31/2024）</translation>
    </message>
    <message>
        <source>Detect from the numbers</source>
        <translation>数値から判定</translation>
    </message>
    <message>
        <source>1,234.50</source>
        <translation>1,234.50</translation>
    </message>
    <message>
        <source>1.234,50</source>
        <translation>1.234,50</translation>
    </message>
    <message>
        <source>Stop at the first row that cannot be used (otherwise skip it and report it)</source>
        <translation>使えない行があればそこで止める（止めない場合は読み飛ばして報告します）</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>日付(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>数値(&amp;N):</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>報告を保存(&amp;R)…</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Detect (found %1)</source>
        <translation>自動判定（%1 を検出）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>プリセットの名前:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Saving: %L1 of %L2 records…</source>
        <translation>保存中: %L2件中 %L1件…</translation>
    </message>
    <message>
        <source>Reading: %L1 rows…</source>
        <translation>読み込み中: %L1行…</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is as it was.</source>
        <translation>取り込みを取り消しました。データファイルは元のままです。</translation>
    </message>
    <message>
        <source>Read %L1 rows. Customers: %L2 created, %L3 updated. Orders: %L4 added, %L5 updated, %L6 already there.</source>
        <translation>%L1行を読み込みました。顧客: 新規 %L2、更新 %L3。注文: 追加 %L4、更新 %L5、既存 %L6。</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>報告を保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <source>Import preset</source>
        <translation>取り込みのプリセット</translation>
    </message>
    <message>
        <source>Columns of the file for each field</source>
        <translation>項目ごとのファイルの列</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>ファイルのプレビュー</translation>
    </message>
    <message>
        <source>Two-digit year first (24/12/31)</source>
        <translation>2桁の年が先（24/12/31）</translation>
    </message>
    <message>
        <source>Choose how the dates are written under Dates, then import again.</source>
        <translation>「日付」で日付の書き方を選び、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Read quotes (&quot;) as plain characters</source>
        <translation>引用符（&quot;）をただの文字として読む</translation>
    </message>
    <message>
        <source>Detect (found %1: not Unicode, a guess)</source>
        <translation>自動判定（%1 と推定。Unicode ではありません）</translation>
    </message>
    <message>
        <source>Detect from the numbers (found %1)</source>
        <translation>数値から判定（%1 を検出）</translation>
    </message>
    <message>
        <source>Nothing was imported. If the quote is part of the text, tick &quot;%1&quot; and check the preview.</source>
        <translation>何も取り込んでいません。その引用符がテキストの一部であれば、「%1」にチェックを入れてプレビューを確認してください。</translation>
    </message>
    <message>
        <source>%L1 rows skipped (%L2 lines of the file not read):</source>
        <translation>%L1行を読み飛ばしました（読み込まなかったファイルの行数: %L2）:</translation>
    </message>
    <message>
        <source>The file is not UTF-8 or UTF-16: it was read as %1. If names look wrong, choose its encoding and undo this import.</source>
        <translation>このファイルは UTF-8 でも UTF-16 でもないため、%1 として読み込みました。名前が正しく表示されない場合は、この取り込みを元に戻し、文字コードを選び直してください。</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>このファイルは存在しません。</translation>
    </message>
    <message>
        <source>Set the Currency to %1</source>
        <translation>通貨を %1 に設定</translation>
    </message>
    <message>
        <source>The amounts are in %1: the workspace&apos;s currency is now %1.</source>
        <translation>金額の通貨は %1 です。ワークスペースの通貨を %1 にしました。</translation>
    </message>
    <message>
        <source>Other Currency</source>
        <translation>通貨が異なります</translation>
    </message>
    <message>
        <source>The amounts in this file are not in the workspace&apos;s currency. Kindred does not convert amounts. Import them as they are?</source>
        <translation>このファイルの金額は、ワークスペースの通貨ではありません。Kindred は金額を換算しません。そのまま取り込みますか？</translation>
    </message>
    <message>
        <source>Import as They Are</source>
        <translation>そのまま取り込む</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>CSV ファイルとブック (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>取り込まなかった列：%1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Kept as your own fields: %1.</source>
        <translation>独自項目として残した列：%1。</translation>
    </message>
    <message>
        <source>Add Own Fields</source>
        <translation>独自項目を追加</translation>
    </message>
    <message>
        <source>New customers who look like existing ones: %L1. Review them:</source>
        <translation>既存の顧客に似ている新規顧客: %L1人。確認してください:</translation>
    </message>
    <message>
        <source>Columns kept as your own fields</source>
        <translation>独自項目として残す列</translation>
    </message>
    <message>
        <source>Columns that no field above reads are kept with each customer, named by their header, as text, numbers, dates or yes/no as their values show. Untick those to leave out.</source>
        <translation>上のどの項目にも対応しない列を、見出しを名前として各顧客に残します。型（テキスト・数値・日付・はい/いいえ）は値から判定します。残さない列はチェックを外してください。</translation>
    </message>
    <message>
        <source>&amp;Keep as your own fields:</source>
        <translation>独自項目として残す(&amp;K):</translation>
    </message>
</context>
<context>
    <name>Kindred::ImportPreset</name>
    <message>
        <source>This is not a Kindred import preset.</source>
        <translation>これは Kindred の取り込みプリセットではありません。</translation>
    </message>
    <message>
        <source>The preset names no kind of file (customers or orders).</source>
        <translation>プリセットにファイルの種類（customers または orders）が指定されていません。</translation>
    </message>
    <message>
        <source>The preset&apos;s delimiter &quot;%1&quot; is not a single ASCII character.</source>
        <translation>プリセットの区切り文字「%1」が ASCII の 1文字ではありません。</translation>
    </message>
    <message>
        <source>The preset maps an unknown field &quot;%1&quot;.</source>
        <translation>プリセットが不明な項目「%1」を対応づけています。</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>プリセットには名前が必要です。</translation>
    </message>
    <message>
        <source>Cannot create the preset folder.</source>
        <translation>プリセットのフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot save the preset: %1</source>
        <translation>プリセットを保存できません: %1</translation>
    </message>
    <message>
        <source>Cannot read the preset: %1</source>
        <translation>プリセットを読み込めません: %1</translation>
    </message>
    <message>
        <source>The preset is not valid JSON: %1</source>
        <translation>プリセットが正しい JSON ではありません: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message>
        <source>&amp;Customers</source>
        <translation>顧客(&amp;C)</translation>
    </message>
    <message>
        <source>Value &amp;matrix</source>
        <translation>価値マトリクス(&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>ファネル(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pareto</source>
        <translation>パレート(&amp;P)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>One-to-one shortlist</source>
        <translation>1対1の候補リスト</translation>
    </message>
    <message>
        <source>Cannot read the store</source>
        <translation>データファイルを読み込めません</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is demo data.&lt;/b&gt; The customers and orders here were generated to show how Kindred works. Use File ▸ New to start your own store.</source>
        <translation>&lt;b&gt;これはデモデータです。&lt;/b&gt;ここにある顧客と注文は、Kindred の使い方を示すために生成したものです。自分のデータを始めるには［ファイル］▸［新規作成］を使ってください。</translation>
    </message>
    <message>
        <source>Filter by name, reading, email, phone, address, tag or own field</source>
        <translation>名前、フリガナ、メール、電話番号、住所、タグ、独自項目で絞り込み</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>新規データファイル(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>データファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Store</source>
        <translation>デモデータを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export Customers…</source>
        <translation>顧客を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Shortlist…</source>
        <translation>候補リストを書き出す(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
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
        <source>&amp;Add Customer</source>
        <translation>顧客を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete Customers</source>
        <translation>顧客を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Add to &amp;Shortlist</source>
        <translation>候補リストに追加(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>顧客を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>Kindred について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>データファイルを開けません</translation>
    </message>
    <message>
        <source>Cannot reopen the store</source>
        <translation>データファイルを開き直せません</translation>
    </message>
    <message>
        <source>Cannot create the demo store</source>
        <translation>デモデータを作成できません</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>新規データファイル</translation>
    </message>
    <message>
        <source>Kindred stores (*.%1)</source>
        <translation>Kindred データファイル (*.%1)</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>データファイルを開く</translation>
    </message>
    <message>
        <source>Kindred stores (*.%1);;All files (*)</source>
        <translation>Kindred データファイル (*.%1);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>顧客 %Ln人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln customer(s) shown</source>
        <translation>
            <numerusform>顧客 %Ln人中 %L1人を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln selected</source>
        <translation>
            <numerusform>、%Ln人を選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>顧客.csv</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新しい顧客</translation>
    </message>
    <message>
        <source>About Kindred</source>
        <translation>Kindred について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;Find the few customers who share your values, and serve them one-to-one.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Kindred contributors.&lt;/p&gt;&lt;p&gt;Kindred is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Charts are drawn with QCustomPlot (GPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kindred %1&lt;/h3&gt;&lt;p&gt;価値観を共有できる少数の顧客を見つけ、1対1で向き合うためのツールです。&lt;/p&gt;&lt;p&gt;Copyright © 2026 Kindred contributors.&lt;/p&gt;&lt;p&gt;Kindred はフリーソフトウェアです。Free Software Foundation が公表した GNU 一般公衆利用許諾書（GNU General Public License）のバージョン 3、またはそれ以降のバージョンのいずれかの条件の下で、再頒布や改変ができます。本ソフトウェアは無保証です。&lt;/p&gt;&lt;p&gt;グラフの描画には QCustomPlot（GPL）を使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Show all stages</source>
        <translation>すべての段階を表示</translation>
    </message>
    <message>
        <source>Import Customers or Orders</source>
        <translation>顧客または注文を取り込む</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Excellent Customer &amp;Rule…</source>
        <translation>優良顧客の定義(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;Funnel Chart…</source>
        <translation>ファネルのグラフを書き出す(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;Pareto Chart…</source>
        <translation>パレートのグラフを書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Pareto &amp;Table…</source>
        <translation>パレートの表を書き出す(&amp;T)…</translation>
    </message>
    <message>
        <source>Change the Excellent Customer Rule</source>
        <translation>優良顧客の定義を変更</translation>
    </message>
    <message>
        <source>Score from a &amp;Survey…</source>
        <translation>アンケートからスコアを付ける(&amp;S)…</translation>
    </message>
    <message>
        <source>Suggest Value Awareness from &amp;Behaviour…</source>
        <translation>購買行動から価値観の自覚を推奨(&amp;B)…</translation>
    </message>
    <message>
        <source>Cannot suggest scores</source>
        <translation>スコアを推奨できません</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>推奨はありません</translation>
    </message>
    <message>
        <source>Purchase behaviour suggests no change to anyone&apos;s value awareness.</source>
        <translation>購買行動からは、どの顧客の価値観の自覚も変える推奨はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Purchase behaviour (repeat orders, tenure, recency) suggests a new value awareness for %n customer(s).</source>
        <translation>
            <numerusform>購買行動（リピート注文、顧客になってからの期間、最終購入からの日数）から、%n人の顧客に新しい価値観の自覚を推奨します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change quadrant and %1 would be placed for the first time.</source>
        <translation>
            <numerusform>%n人は象限が変わり、%1人は初めて配置されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores you set by hand are kept (%n customer(s)).</source>
        <translation>
            <numerusform>手動で設定したスコアは保持します（%n人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the suggestions? You can undo this in one step.</source>
        <translation>推奨を適用しますか？ 一度の操作で元に戻せます。</translation>
    </message>
    <message>
        <source>Apply Behaviour Suggestions</source>
        <translation>購買行動による推奨を適用</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>顧客の絞り込み</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Every customer with their stage, revenue, scores and quadrant. Type to jump to a name; Ctrl+L adds the selection to the shortlist.</source>
        <translation>すべての顧客と、その段階・売上・スコア・象限。文字を入力すると名前へ移動し、Ctrl+L で選択した顧客を候補リストに追加します。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>&amp;Undo Anyway</source>
        <translation>それでも元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Open &amp;Team Store…</source>
        <translation>チーム用データベースを開く(&amp;T)…</translation>
    </message>
    <message>
        <source>Team store: %1 — as %2</source>
        <translation>チーム用データベース: %1 — ユーザー %2</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ほかの人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Since this step, %1 changed %n customer(s): %2.</source>
        <translation>
            <numerusform>この操作の後、%1 が %n 人の顧客を変更しました: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo “%1” anyway and overwrite their changes?</source>
        <translation>それでも「%1」を元に戻し、その変更を上書きしますか？</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and close?</source>
        <translation>取り込みを実行中です。取り込みを取り消して閉じますか？</translation>
    </message>
    <message>
        <source>Cancel import and close</source>
        <translation>取り込みを取り消して閉じる</translation>
    </message>
    <message>
        <source>Keep importing</source>
        <translation>取り込みを続ける</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>現在%1</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>%1に到達</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>The &amp;Method</source>
        <translation>手法の解説(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;As of…</source>
        <translation>時点を指定(&amp;A)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>重複を検索…(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>レポートを書き出す(&amp;R)…</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>コンタクトを記録(&amp;C)…</translation>
    </message>
    <message>
        <source>One-to-one &amp;Effect…</source>
        <translation>1対1の効果(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Kindred::MatrixChart</name>
    <message>
        <source>Value matrix</source>
        <translation>価値マトリクス</translation>
    </message>
    <message>
        <source>Customers by value awareness (across) and value fit (up). Drag customers to move them; Shift+drag selects with a band, Ctrl+Shift+drag adds to the selection; arrow keys nudge the selection, Shift+arrow by 10. The mouse wheel zooms; a middle drag, or a drag on empty space when zoomed in, moves the view.</source>
        <translation>価値観の自覚（横軸）と価値観の共有可能性（縦軸）による顧客の配置。顧客をドラッグすると移動します。Shift+ドラッグで範囲を選択し、Ctrl+Shift+ドラッグで選択に追加します。矢印キーで選択した顧客を少しずつ動かし、Shift+矢印キーで 10 ずつ動かします。マウスホイールで拡大・縮小し、中ボタンでドラッグするか、拡大中に何もない場所をドラッグすると表示範囲を移動します。</translation>
    </message>
    <message>
        <source>Value awareness →</source>
        <translation>価値観の自覚 →</translation>
    </message>
    <message>
        <source>Value fit →</source>
        <translation>価値観の共有可能性 →</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority: one-to-one support</source>
        <translation>優先：1対1の支援</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <comment>a name and how many more customers stand at the same place</comment>
        <translation>
            <numerusform>%1 ほか%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) here. Zoom in with the mouse wheel to see them one by one.</source>
        <translation>
            <numerusform>ここに顧客が %Ln人います。マウスホイールで拡大すると、1人ずつ表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n customer(s) at this place:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;この位置の顧客 %n人：&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::MatrixFilterBar</name>
    <message>
        <source>Search name, email, tag</source>
        <translation>名前、メール、タグで検索</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>段階の絞り込み</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Minimum revenue</source>
        <translation>売上の下限</translation>
    </message>
    <message>
        <source>Maximum revenue</source>
        <translation>売上の上限</translation>
    </message>
    <message>
        <source>Dim others</source>
        <translation>ほかを淡色表示</translation>
    </message>
    <message>
        <source>Hide others</source>
        <translation>ほかを非表示</translation>
    </message>
    <message>
        <source>Customers outside the filter</source>
        <translation>絞り込み対象外の顧客</translation>
    </message>
    <message>
        <source>Size by revenue</source>
        <translation>売上に応じたサイズ</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Show names beside the points when at most %1 are in view.</source>
        <translation>表示中の顧客が %1人以下のとき、点の横に名前を表示します。</translation>
    </message>
    <message>
        <source>Moves since</source>
        <translation>次の日以降の移動</translation>
    </message>
    <message>
        <source>Show moves since this date</source>
        <translation>この日以降の移動を表示</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <source>Show the whole matrix again. The mouse wheel zooms; a middle drag, or a drag on empty space when zoomed in, moves the view.</source>
        <translation>マトリクス全体を再表示します。マウスホイールで拡大・縮小し、中ボタンでドラッグするか、拡大中に何もない場所をドラッグすると表示範囲を移動します。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>Save the matrix as PNG or PDF</source>
        <translation>マトリクスを PNG または PDF で保存</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
</context>
<context>
    <name>Kindred::MergeCustomers</name>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>「%1」を「%2」に統合</translation>
    </message>
</context>
<context>
    <name>Kindred::MergeCustomersDialog</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>注文 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1、%2（%3）</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>顧客を統合</translation>
    </message>
    <message>
        <source>Customer to keep</source>
        <translation>残す顧客</translation>
    </message>
    <message>
        <source>The other customer&apos;s orders, score history, tags and notes go to the one kept; for each field below, choose the value that stays.</source>
        <translation>もう一方の顧客の注文、スコア履歴、タグ、メモは残す顧客に移ります。下の項目ごとに、残す値を選んでください。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;残す顧客&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Absorbed&lt;/b&gt;</source>
        <translation>&lt;b&gt;統合される顧客&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Both hold the same values.</source>
        <translation>両方とも同じ値です。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>Kindred::MethodGuide</name>
    <message>
        <source>The Method</source>
        <translation>手法の解説</translation>
    </message>
    <message>
        <source>The method</source>
        <translation>手法の解説</translation>
    </message>
    <message>
        <source>The method in short</source>
        <translation>手法の概要</translation>
    </message>
    <message>
        <source>Rather than spreading a thin budget over thousands of leads, find the few customers who share your company&apos;s values, often under 1% of the base, and serve them one-to-one.</source>
        <translation>少ない予算を何千ものリードに薄く配分するのではなく、自社の価値観を共有できる少数の顧客（多くの場合、全体の 1% 未満）を見つけ、1対1で向き合います。</translation>
    </message>
    <message>
        <source>1. The funnel: narrow early</source>
        <translation>1. ファネル：早い段階で絞り込む</translation>
    </message>
    <message>
        <source>Customers move from the market through these stages. Derived from orders unless you set a stage by hand, which is kept until you clear it.</source>
        <translation>顧客は市場から次の段階を進みます。段階は注文履歴から判定しますが、手動で設定した段階は解除するまで保持されます。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>The whole target population: a number you type in, not records.</source>
        <translation>ターゲットとする市場全体。記録ではなく、入力する人数。</translation>
    </message>
    <message>
        <source>Known, has not bought (no order).</source>
        <translation>把握しているが、まだ購入していない（注文なし）。</translation>
    </message>
    <message>
        <source>Bought once.</source>
        <translation>1回購入した。</translation>
    </message>
    <message>
        <source>Buys repeatedly (two or more orders).</source>
        <translation>繰り返し購入している（注文 2件以上）。</translation>
    </message>
    <message>
        <source>Meets your own excellent-customer rule: has reached the core experience.</source>
        <translation>自社で決めた優良顧客の定義を満たす：コア体験に到達している。</translation>
    </message>
    <message>
        <source>Has gone quiet without becoming core: no order for the dormant days (365 by default).</source>
        <translation>コア顧客にならないまま離れた：休眠とみなす日数（既定 365日）のあいだ注文がない。</translation>
    </message>
    <message>
        <source>Core customers are often under 1% of the market. The funnel shows how many reach each stage and the conversion from one stage to the next: a wide funnel wastes most of the effort.</source>
        <translation>コア顧客は市場の 1% 未満であることがよくあります。ファネルには、各段階に到達した人数と、ある段階から次の段階への転換率が表示されます。入口の広いファネルでは、労力の大半が無駄になります。</translation>
    </message>
    <message>
        <source>2. The value matrix: four quadrants</source>
        <translation>2. 価値マトリクス：4つの象限</translation>
    </message>
    <message>
        <source>Each customer has two scores from 0 to 100: &lt;b&gt;value fit&lt;/b&gt; (up: how likely they share your values) and &lt;b&gt;value awareness&lt;/b&gt; (right: how clearly they know their own values). The split between low and high is 50 by default; a score on the split counts as high.</source>
        <translation>各顧客には 0〜100 の 2つのスコアがあります。&lt;b&gt;価値観の共有可能性&lt;/b&gt;（上方向：自社の価値観を共有している可能性の高さ）と&lt;b&gt;価値観の自覚&lt;/b&gt;（右方向：自分の価値観をどれだけはっきり自覚しているか）です。低と高の境界は既定で 50 で、境界と同じスコアは「高い」に数えます。</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>顧客像</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>取るべき対応</translation>
    </message>
    <message>
        <source>I (top left)</source>
        <translation>I（左上）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The priority.&lt;/b&gt; Support them one-to-one so that they recognise their values; alone they drift away.</source>
        <translation>&lt;b&gt;最優先。&lt;/b&gt;自分の価値観に気づけるよう1対1で支援する。一人では離れていってしまう。</translation>
    </message>
    <message>
        <source>II (top right)</source>
        <translation>II（右上）</translation>
    </message>
    <message>
        <source>Keep them: these are the core.</source>
        <translation>維持する：コアとなる顧客。</translation>
    </message>
    <message>
        <source>III (bottom right)</source>
        <translation>III（右下）</translation>
    </message>
    <message>
        <source>Do not chase them.</source>
        <translation>追いかけない。</translation>
    </message>
    <message>
        <source>IV (bottom left)</source>
        <translation>IV（左下）</translation>
    </message>
    <message>
        <source>Lowest priority.</source>
        <translation>優先度は最も低い。</translation>
    </message>
    <message>
        <source>Drag a customer on the matrix to where you now judge they stand: the drop point becomes their scores, and you can undo it. Moving a customer from I toward II is the success the method is about.</source>
        <translation>マトリクス上の顧客を、いま判断している位置へドラッグします。ドロップした位置がその顧客のスコアになり、元に戻すこともできます。顧客を I から II へ近づけることこそ、この手法が目指す成功です。</translation>
    </message>
    <message>
        <source>3. Pareto: the few who carry the business</source>
        <translation>3. パレート：ビジネスを支える少数の顧客</translation>
    </message>
    <message>
        <source>In most businesses a minority of customers brings most of the revenue: about 80% from the top 20%. What matters is your own curve: customers sorted by revenue, with each one&apos;s share and the cumulative share. Class A reaches 80% of revenue, B up to 95%, C the rest.</source>
        <translation>ほとんどのビジネスでは、少数の顧客が売上の大部分をもたらします。上位 20% の顧客で約 80% です。大切なのは自社の曲線です。顧客を売上順に並べ、各顧客のシェアと累積シェアを示します。累積で売上の 80% までが A 分類、95% までが B 分類、残りが C 分類です。</translation>
    </message>
    <message>
        <source>4. Your own excellent customer</source>
        <translation>4. 自社にとっての優良顧客</translation>
    </message>
    <message>
        <source>A good customer means something different in every business. Write your own rule (Analysis ▸ Excellent Customer Rule) over revenue, orders, recency, stage, quadrant and tags: who meets it is Core.</source>
        <translation>良い顧客の意味はビジネスごとに異なります。売上、注文数、最終購入からの日数、段階、象限、タグを使って自社の定義（［分析］▸［優良顧客の定義］）を作成します。この定義を満たす顧客がコア顧客です。</translation>
    </message>
    <message>
        <source>5. The one-to-one shortlist</source>
        <translation>5. 1対1の候補リスト</translation>
    </message>
    <message>
        <source>Rather than gathering 1,000 people, gather 10 who share your values. State how many customers you can serve one-to-one (10 by default): the shortlist is quadrant I ranked by value and cut at that capacity. Pin the people you choose by hand, give each a note and a next action with a due date, and export the list as CSV for mail merge or your CRM.</source>
        <translation>1,000人を集めるより、価値観を共有できる 10人を集めましょう。1対1で対応できる顧客の人数（既定 10人）を指定すると、第I象限の顧客を価値の順に並べ、その人数で区切ったものが候補リストになります。自分で選んだ人はピン留めし、それぞれにメモと期限付きの次のアクションを記入できます。リストは CSV で書き出して、差し込み印刷や CRM に使えます。</translation>
    </message>
</context>
<context>
    <name>Kindred::MoveCustomers</name>
    <message numerus="yes">
        <source>Move %n customer(s)</source>
        <translation>
            <numerusform>%n人の顧客を移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n customer(s)</source>
        <translation>
            <numerusform>%n人の顧客を少し移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n customer(s)</source>
        <translation>
            <numerusform>%n人の顧客を配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear placement of %n customer(s)</source>
        <translation>
            <numerusform>%n人の顧客の配置を解除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::OwnFieldColumns</name>
    <message>
        <source>No own fields: keep a list&apos;s other columns when you import it</source>
        <translation>独自項目はありません。取り込むときにリストのほかの列を残せます</translation>
    </message>
</context>
<context>
    <name>Kindred::OwnFieldEdit</name>
    <message>
        <source>There is no own field named “%1”.</source>
        <translation>「%1」という独自項目はありません。</translation>
    </message>
    <message>
        <source>A field&apos;s name must not be empty, start or end with a space, or be longer than 100 characters.</source>
        <translation>項目名は空にできず、先頭や末尾に空白を置くことも、100文字を超えることもできません。</translation>
    </message>
    <message>
        <source>There is already an own field named “%1”.</source>
        <translation>「%1」という独自項目はすでにあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have a value named “%1”.</source>
        <translation>
            <numerusform>%n 人の顧客が「%1」という名前の値をすでに持っています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::OwnFields</name>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>はい/いいえ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Kindred::OwnFieldsEditor</name>
    <message>
        <source>Your own field (%1)</source>
        <translation>独自項目（%1）</translation>
    </message>
</context>
<context>
    <name>Kindred::OwnFieldsPage</name>
    <message>
        <source>This workspace has no own fields yet.

Own fields are the columns of your customer lists that Kindred has no field for: a membership rank, a birthday, points. To keep them, import a customer list with File ▸ Import…: its columns under “Keep as your own fields” become own fields.</source>
        <translation>このワークスペースにはまだ独自項目がありません。

独自項目とは、顧客リストの列のうち Kindred に対応する項目がないもの（会員ランク、誕生日、ポイントなど）です。残すには、［ファイル］▸［取り込む…］で顧客リストを取り込みます。「独自項目として残す」の一覧でチェックした列が独自項目になります。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>How many customers have a value of the field.</source>
        <translation>この項目に値がある顧客の数です。</translation>
    </message>
    <message>
        <source>Values that read as the new type take its form; the others are kept as written.</source>
        <translation>新しい型として読める値はその形式になり、読めない値は書かれたまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Each change here is saved at once, as one step that Edit ▸ Undo takes back.</source>
        <translation>ここでの変更はすぐに保存され、1つずつ［編集］▸［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>型(&amp;Y):</translation>
    </message>
    <message>
        <source>Rename Own Field</source>
        <translation>独自項目の名前を変更</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>Delete Own Field</source>
        <translation>独自項目を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the own field “%1” and its value in %n customer(s)?</source>
        <translation>
            <numerusform>独自項目「%1」と、%n 人の顧客にあるその値を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the own field “%1”? No customer has a value in it.</source>
        <translation>独自項目「%1」を削除しますか？ この項目に値がある顧客はいません。</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back with every value.</source>
        <translation>［編集］▸［元に戻す］で、すべての値と一緒に元に戻せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move Own Field “%1”</source>
        <translation>独自項目「%1」を移動</translation>
    </message>
</context>
<context>
    <name>Kindred::ParetoAnalysis</name>
    <message>
        <source>No customer has revenue in this period.</source>
        <translation>この期間に売上のある顧客はいません。</translation>
    </message>
    <message>
        <source>The top 20% of customers bring %1% of revenue.</source>
        <translation>上位 20% の顧客が売上の %1% をもたらしています。</translation>
    </message>
    <message>
        <source>1 customer makes up 80%.</source>
        <translation>1人の顧客で売上の 80% を占めています。</translation>
    </message>
    <message>
        <source>%1 customers make up 80%.</source>
        <translation>%1人の顧客で売上の 80% を占めています。</translation>
    </message>
</context>
<context>
    <name>Kindred::ParetoChart</name>
    <message>
        <source>Customers, ranked by revenue (%)</source>
        <translation>顧客（売上順、%）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Cumulative share of revenue (%)</source>
        <translation>売上の累積シェア (%)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Revenue per percentile of customers</source>
        <translation>顧客のパーセンタイルごとの売上</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>顧客ごとの売上</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>顧客 %1</translation>
    </message>
    <message>
        <source>#%1 %2: revenue %3 (%4 of the total), cumulative %5, class %6</source>
        <translation>%1位 %2：売上 %3（全体の %4）、累積 %5、%6 分類</translation>
    </message>
    <message>
        <source>Customers #%1–#%2: revenue %3, cumulative %4. Click to select them.</source>
        <translation>%1〜%2位の顧客：売上 %3、累積 %4。クリックで選択します。</translation>
    </message>
    <message>
        <source>Pareto chart</source>
        <translation>パレート図</translation>
    </message>
    <message>
        <source>Customers ranked by revenue as bars, with the cumulative share of revenue as a line. Arrow keys choose a bar; Enter selects its customers.</source>
        <translation>売上順に並べた顧客を棒で、売上の累積比率を線で示します。矢印キーで棒を選び、Enter でその顧客を選択します。</translation>
    </message>
</context>
<context>
    <name>Kindred::ParetoView</name>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>直近 12か月</translation>
    </message>
    <message>
        <source>From … until …</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>%1 customers with revenue. Class A: %2, B: %3, C: %4.</source>
        <translation>売上のある顧客 %1人。A 分類: %2、B: %3、C: %4。</translation>
    </message>
    <message>
        <source>%1 without revenue in the period are not on the curve.</source>
        <translation>この期間に売上のない %1人は曲線に含まれていません。</translation>
    </message>
    <message>
        <source>%1 with more refunds than purchases (%2) are not on the curve.</source>
        <translation>返金が購入を上回る %1人（%2）は曲線に含まれていません。</translation>
    </message>
    <message>
        <source>pareto</source>
        <translation>パレート</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>グラフを書き出す…</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>表を書き出す…</translation>
    </message>
    <message>
        <source>The customers on the curve as CSV: rank, revenue, share, cumulative share and class.</source>
        <translation>曲線上の顧客を CSV で書き出します：順位、売上、シェア、累積シェア、分類。</translation>
    </message>
    <message>
        <source>pareto.csv</source>
        <translation>パレート.csv</translation>
    </message>
    <message>
        <source>Revenue &amp;of:</source>
        <translation>売上の期間(&amp;O):</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期間の初日</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期間の最終日</translation>
    </message>
</context>
<context>
    <name>Kindred::PinCustomers</name>
    <message numerus="yes">
        <source>Pin %n customer(s)</source>
        <translation>
            <numerusform>%n人の顧客をピン留め</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n customer(s)</source>
        <translation>
            <numerusform>%n人の顧客のピン留めを解除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>このワークスペース</translation>
    </message>
    <message>
        <source>Saved in %1 with its customers. Edit ▸ Undo takes a change back.</source>
        <translation>顧客と一緒に %1 に保存されます。変更は［編集］▸［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>A value fit score from here up counts as high: quadrants I and II.</source>
        <translation>価値観の共有可能性のスコアがこの値以上なら「高い」とみなします（第I・第II象限）。</translation>
    </message>
    <message>
        <source>A value awareness score from here up counts as high: quadrants II and III.</source>
        <translation>価値観の自覚のスコアがこの値以上なら「高い」とみなします（第II・第III象限）。</translation>
    </message>
    <message>
        <source> customers</source>
        <translation>人</translation>
    </message>
    <message>
        <source>How many customers you can serve one-to-one: the length of the shortlist.</source>
        <translation>1対1で対応できる顧客の人数です。候補リストの長さになります。</translation>
    </message>
    <message>
        <source> days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>A customer with no order for this many days is dormant.</source>
        <translation>この日数のあいだ注文がない顧客を休眠顧客とみなします。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>The whole target population, to show the share of it that reaches Core.</source>
        <translation>ターゲットとする市場全体の人数です。そのうちコア顧客に至る割合を表示するのに使います。</translation>
    </message>
    <message>
        <source>The locale&apos;s (%1)</source>
        <translation>ロケールの既定（%1）</translation>
    </message>
    <message>
        <source>Customers who, ranked by revenue, bring up to this share of it are class A.</source>
        <translation>売上順に並べて、累積売上がこの割合に達するまでの顧客を A 分類とします。</translation>
    </message>
    <message>
        <source>The next customers, up to this cumulative share of revenue, are class B; the rest C.</source>
        <translation>その次から累積売上がこの割合に達するまでの顧客を B 分類、残りを C 分類とします。</translation>
    </message>
    <message>
        <source>Value &amp;fit is high from:</source>
        <translation>価値観の共有可能性が「高い」の下限(&amp;F):</translation>
    </message>
    <message>
        <source>Value a&amp;wareness is high from:</source>
        <translation>価値観の自覚が「高い」の下限(&amp;W):</translation>
    </message>
    <message>
        <source>One-to-one &amp;capacity:</source>
        <translation>1対1で対応できる人数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Dormant after:</source>
        <translation>休眠とみなすまで(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Market size:</source>
        <translation>市場規模(&amp;M):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>Class &amp;A up to:</source>
        <translation>A 分類の上限(&amp;A):</translation>
    </message>
    <message>
        <source>Class &amp;B up to:</source>
        <translation>B 分類の上限(&amp;B):</translation>
    </message>
    <message>
        <source>Kindred on this computer</source>
        <translation>このコンピューターの Kindred</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>システムの設定（%1）</translation>
    </message>
    <message>
        <source>A new language takes effect when Kindred is started again.</source>
        <translation>表示言語の変更は、Kindred を再起動すると反映されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>Class A must end below class B: A takes the biggest customers, B the next ones.</source>
        <translation>A 分類の上限は B 分類の上限より小さくしてください。A は売上の大きい顧客、B はその次の顧客です。</translation>
    </message>
    <message>
        <source>Change Preferences</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Own Fields</source>
        <translation>独自項目</translation>
    </message>
</context>
<context>
    <name>Kindred::Quadrant</name>
    <message>
        <source>Shares our values, not yet aware</source>
        <translation>価値観を共有できるが、まだ自覚していない</translation>
    </message>
    <message>
        <source>Shares our values and knows it</source>
        <translation>価値観を共有し、それを自覚している</translation>
    </message>
    <message>
        <source>Knows what they want: not us</source>
        <translation>求めるものが明確で、それは自社ではない</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>どちらでもない</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>未配置</translation>
    </message>
</context>
<context>
    <name>Kindred::ReorderShortlist</name>
    <message>
        <source>Reorder the shortlist</source>
        <translation>候補リストを並べ替え</translation>
    </message>
</context>
<context>
    <name>Kindred::Report</name>
    <message>
        <source>The period starts (%1) after the as-of day (%2).</source>
        <translation>期間の開始日（%1）が基準時点（%2）より後になっています。</translation>
    </message>
</context>
<context>
    <name>Kindred::ReportWriter</name>
    <message>
        <source>Export Report</source>
        <translation>レポートを書き出す</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>レポートを %1 に保存しました</translation>
    </message>
    <message>
        <source>Kindred report: %1</source>
        <translation>Kindred レポート: %1</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>レポートを %1 に書き込めません。</translation>
    </message>
    <message>
        <source>One-to-one report: %1</source>
        <translation>1対1レポート: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>期間: %1 – %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>データファイル: %1</translation>
    </message>
    <message>
        <source>Made %1 with Kindred</source>
        <translation>%1 に Kindred で作成</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>ファネル</translation>
    </message>
    <message numerus="yes">
        <source>Value matrix: %Ln customer(s) placed</source>
        <translation>
            <numerusform>価値マトリクス：配置済みの顧客 %Ln人</numerusform>
        </translation>
    </message>
    <message>
        <source>Pareto: revenue %1 – %2</source>
        <translation>パレート：売上 %1 – %2</translation>
    </message>
    <message>
        <source>Shortlist: quadrant I, %1 of %2 places</source>
        <translation>候補リスト：第I象限、%2枠中 %1枠</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 (quadrant %2)</source>
        <translation>%1（第%2象限）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限切れ）</translation>
    </message>
    <message>
        <source>Nobody is on the shortlist: place customers in quadrant I of the value matrix.</source>
        <translation>候補リストに顧客がいません。価値マトリクスの第I象限に顧客を配置してください。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on the shortlist in Kindred.</source>
        <translation>
            <numerusform>…ほか %n人が Kindred の候補リストにいます。</numerusform>
        </translation>
    </message>
    <message>
        <source>One-to-one effect: %1 – %2</source>
        <translation>1対1の効果：%1 – %2</translation>
    </message>
    <message>
        <source>Stood in quadrant I</source>
        <translation>第I象限にいた顧客</translation>
    </message>
    <message>
        <source>Moved I → II</source>
        <translation>I → II に移動</translation>
    </message>
    <message>
        <source>Median change of value awareness</source>
        <translation>価値観の自覚の変化（中央値）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Became Core</source>
        <translation>コア顧客になった</translation>
    </message>
    <message>
        <source>The groups were not chosen at random: the figures show a tendency, not a cause.</source>
        <translation>2つのグループは無作為に選ばれたものではありません。数値が示すのは傾向であり、因果関係ではありません。</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>コンタクトあり</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>コンタクトなし</translation>
    </message>
</context>
<context>
    <name>Kindred::RowFile</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls), which Kindred does not read. Save it in the spreadsheet as an Excel Workbook (.xlsx) or as CSV UTF-8 and import that file.</source>
        <translation>これは Excel 97–2003 ブック (.xls) で、Kindred では読み込めません。表計算ソフトで Excel ブック (.xlsx) または CSV UTF-8 として保存し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>This file is named as a workbook but is not one (a workbook is a zip file): it may be damaged, or a web page saved under that name. Open it in the spreadsheet and save it again as an Excel Workbook (.xlsx) or as CSV UTF-8.</source>
        <translation>このファイルは名前はブックですが、中身はブックではありません（ブックは zip ファイルです）。壊れているか、Web ページがその名前で保存された可能性があります。表計算ソフトで開き、Excel ブック (.xlsx) または CSV UTF-8 として保存し直してください。</translation>
    </message>
</context>
<context>
    <name>Kindred::RuleConditionRow</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>この条件を削除</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>顧客の項目</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較の条件</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Your own field (%1)</source>
        <translation>独自項目（%1）</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>値（カンマ区切り）</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source> days</source>
        <translation>日以内</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation>日以内</translation>
    </message>
    <message>
        <source>%1 (another type)</source>
        <translation>%1（型が変わりました）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（ありません）</translation>
    </message>
    <message>
        <source>No own field of this name takes this condition now: it is never met.</source>
        <translation>この名前の独自項目はもうこの条件に合いません。条件は満たされません。</translation>
    </message>
</context>
<context>
    <name>Kindred::RuleEditorDialog</name>
    <message>
        <source>Excellent Customer Rule</source>
        <translation>優良顧客の定義</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>ひな形から始める…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>any</source>
        <translation>いずれか</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <source>An excellent customer meets</source>
        <translation>優良顧客とは、次の条件の</translation>
    </message>
    <message>
        <source>of these conditions:</source>
        <translation>を満たす顧客：</translation>
    </message>
    <message>
        <source>Add a condition: a rule without conditions matches nobody.</source>
        <translation>条件を追加してください。条件のない定義には誰も当てはまりません。</translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3%).</source>
        <translation>%2人中 %1人が当てはまります（%3%）。</translation>
    </message>
    <message>
        <source>%1 — revenue %2, %3 orders, %4</source>
        <translation>%1 — 売上 %2、注文 %3件、%4</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…ほか %1人</translation>
    </message>
    <message>
        <source>Start from a preset</source>
        <translation>プリセットから始める</translation>
    </message>
    <message>
        <source>Conditions to meet: all or any</source>
        <translation>満たす条件：すべて、またはいずれか</translation>
    </message>
    <message>
        <source>Customers who match</source>
        <translation>条件に合う顧客</translation>
    </message>
</context>
<context>
    <name>Kindred::ScoringDialog</name>
    <message>
        <source>Score customers from a survey</source>
        <translation>アンケートから顧客のスコアを付ける</translation>
    </message>
    <message>
        <source>Survey export (CSV, one row per respondent)</source>
        <translation>アンケートの書き出し（CSV、1行に1回答者）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>設問</translation>
    </message>
    <message>
        <source>Counts for</source>
        <translation>数える軸</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>逆転</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>尺度</translation>
    </message>
    <message>
        <source>A respondent with fewer answers on an axis gets no score there rather than a guess.</source>
        <translation>ある軸の回答がこれより少ない回答者には、推測でスコアを付けず、その軸は空のままにします。</translation>
    </message>
    <message>
        <source>Answers needed per axis:</source>
        <translation>各軸に必要な回答数:</translation>
    </message>
    <message>
        <source>Also replace scores set by hand</source>
        <translation>手動で設定したスコアも置き換える</translation>
    </message>
    <message>
        <source>Value fit</source>
        <translation>価値観の共有可能性</translation>
    </message>
    <message>
        <source>Value awareness</source>
        <translation>価値観の自覚</translation>
    </message>
    <message>
        <source>Load scoring…</source>
        <translation>採点方法を読み込む…</translation>
    </message>
    <message>
        <source>Save scoring…</source>
        <translation>採点方法を保存…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Survey export</source>
        <translation>アンケートの書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（使わない）</translation>
    </message>
    <message>
        <source>Agreeing means less fit or awareness</source>
        <translation>「そう思う」ほど共有可能性や自覚が低いことを表す</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Choose a survey export.</source>
        <translation>アンケートの書き出しファイルを選んでください。</translation>
    </message>
    <message>
        <source>Choose for each question whether it counts for value fit or value awareness.</source>
        <translation>設問ごとに、価値観の共有可能性と価値観の自覚のどちらに数えるかを選んでください。</translation>
    </message>
    <message>
        <source>%1 respondents: %2 matched to customers, %3 not matched.</source>
        <translation>回答者 %1人: 顧客と照合 %2人、未照合 %3人。</translation>
    </message>
    <message>
        <source>Applying changes %1 customers: %2 change quadrant, %3 are placed for the first time.</source>
        <translation>適用すると %1人が変わります: %2人は象限が変わり、%3人は初めて配置されます。</translation>
    </message>
    <message>
        <source>%1 customers placed by hand are left as they are.</source>
        <translation>手動で配置した %1人はそのままにします。</translation>
    </message>
    <message>
        <source>%1 problems; the first: %2</source>
        <translation>問題 %1件。最初の問題: %2</translation>
    </message>
    <message>
        <source>Load scoring</source>
        <translation>採点方法を読み込む</translation>
    </message>
    <message>
        <source>Scoring (*.json)</source>
        <translation>採点方法 (*.json)</translation>
    </message>
    <message>
        <source>Save scoring</source>
        <translation>採点方法を保存</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>アンケートのファイル</translation>
    </message>
    <message>
        <source>Survey questions and how they count</source>
        <translation>アンケートの設問とその数え方</translation>
    </message>
    <message>
        <source>Customers per range of suggested scores</source>
        <translation>推奨スコアの範囲ごとの顧客数</translation>
    </message>
</context>
<context>
    <name>Kindred::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Kindred::Shortlist</name>
    <message>
        <source>Quadrant %1</source>
        <translation>第%1象限</translation>
    </message>
    <message>
        <source>Excellent customers</source>
        <translation>優良顧客</translation>
    </message>
</context>
<context>
    <name>Kindred::ShortlistEditor</name>
    <message>
        <source>e.g. call to ask how the first order went</source>
        <translation>例：電話して初回購入の感想を聞く</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Clear the due date</source>
        <translation>期限をクリア</translation>
    </message>
    <message>
        <source>What you know about them, what you talked about</source>
        <translation>この顧客について分かっていること、話した内容</translation>
    </message>
    <message>
        <source>Next &amp;action:</source>
        <translation>次のアクション(&amp;A):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Choose a customer in the list to plan their next action.</source>
        <translation>リストで顧客を選ぶと、次のアクションを計画できます。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>完了(&amp;D)…</translation>
    </message>
    <message>
        <source>Log the contact that did this next action, and plan the next one</source>
        <translation>この次のアクションとして行ったコンタクトを記録し、その次のアクションを計画します</translation>
    </message>
</context>
<context>
    <name>Kindred::ShortlistModel</name>
    <message>
        <source>Pinned; not in %1</source>
        <translation>ピン留め（%1 の対象外）</translation>
    </message>
    <message>
        <source>Value score %1</source>
        <translation>価値スコア %1</translation>
    </message>
    <message>
        <source>Edit the note of %1</source>
        <translation>%1 のメモを編集</translation>
    </message>
    <message>
        <source>Edit the next action of %1</source>
        <translation>%1 の次のアクションを編集</translation>
    </message>
    <message>
        <source>Edit the due date of %1</source>
        <translation>%1 の期限を編集</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最終購入日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次のアクション</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日が期限</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>期限を %n日超過</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終コンタクト</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>経過日数</translation>
    </message>
</context>
<context>
    <name>Kindred::ShortlistPanel</name>
    <message>
        <source>Quadrant %1: %2</source>
        <translation>第%1象限：%2</translation>
    </message>
    <message>
        <source>Excellent customers (no rule yet)</source>
        <translation>優良顧客（定義はまだありません）</translation>
    </message>
    <message>
        <source>Where the shortlist draws from; pinned customers are always on it.</source>
        <translation>候補リストの対象です。ピン留めした顧客は常にリストに入ります。</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>除外(&amp;X)</translation>
    </message>
    <message>
        <source>Take the selected customers off the shortlist; the next in line moves up.</source>
        <translation>選択した顧客を候補リストから外し、次の順位の顧客を繰り上げます。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Cannot read the shortlist</source>
        <translation>候補リストを読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n customer(s))</source>
        <translation>
            <numerusform>%1（%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 places</source>
        <translation>%2枠中 %1枠</translation>
    </message>
    <message>
        <source>More pinned customers than the one-to-one capacity.</source>
        <translation>ピン留めした顧客が、1対1で対応できる人数を超えています。</translation>
    </message>
    <message>
        <source>Let back (%1)</source>
        <translation>戻す（%1）</translation>
    </message>
    <message>
        <source>Let every excluded customer back on the shortlist.</source>
        <translation>除外したすべての顧客を候補リストに戻します。</translation>
    </message>
    <message>
        <source>shortlist.csv</source>
        <translation>候補リスト.csv</translation>
    </message>
    <message>
        <source>Excellent customers (the rule)</source>
        <translation>優良顧客（定義による）</translation>
    </message>
    <message>
        <source>One-to-one shortlist</source>
        <translation>1対1の候補リスト</translation>
    </message>
    <message>
        <source>The customers to serve one-to-one now, in order. Ctrl+Up and Ctrl+Down move the selected customers; Delete excludes them; F2 edits a note.</source>
        <translation>いま1対1で対応する顧客を順番に並べたもの。Ctrl+↑ / Ctrl+↓ で選択した顧客を移動し、Delete で除外し、F2 でメモを編集します。</translation>
    </message>
    <message>
        <source>Shortlist source</source>
        <translation>候補リストの対象</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Log Contact…</source>
        <translation>コンタクトを記録…</translation>
    </message>
    <message>
        <source>Next Action Done…</source>
        <translation>次のアクションを完了…</translation>
    </message>
</context>
<context>
    <name>Kindred::Stage</name>
    <message>
        <source>Prospect</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>First-time buyer</source>
        <translation>初回購入者</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>常連客</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>コア顧客</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠顧客</translation>
    </message>
</context>
<context>
    <name>Kindred::StatusSummary</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>注文 %Ln件</numerusform>
        </translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>売上 %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>データファイル: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreFile</name>
    <message>
        <source>The store does not exist.</source>
        <translation>データファイルが存在しません。</translation>
    </message>
    <message>
        <source>This is not a store: a store is a regular file.</source>
        <translation>これはデータファイルではありません。データファイルには通常のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The folder of the store does not exist.</source>
        <translation>データファイルのフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>This file is not a Kindred store.</source>
        <translation>このファイルは Kindred のデータファイルではありません。</translation>
    </message>
    <message>
        <source>The store is damaged and cannot be read (%1).</source>
        <translation>データファイルが破損しているため読み込めません（%1）。</translation>
    </message>
    <message>
        <source>Cannot check the store: there is no room for a copy of it in the temporary folder.</source>
        <translation>データファイルを検査できません：一時フォルダーにコピーを作成するための空き容量がありません。</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreLocation</name>
    <message>
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>No store given: name a file or a postgresql:// URL.</source>
        <translation>データファイルが指定されていません。ファイルまたは postgresql:// の URL を指定してください。</translation>
    </message>
    <message>
        <source>The file URL names no file.</source>
        <translation>ファイルの URL にファイル名がありません。</translation>
    </message>
    <message>
        <source>Unsupported address “%1://”: give a file path or a postgresql:// URL.</source>
        <translation>「%1://」のアドレスには対応していません。ファイルのパスまたは postgresql:// の URL を指定してください。</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>このコンピューターの %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>The team store&apos;s server did not answer within %1 seconds: check that it is running and can be reached. On a slow network, allow it longer with connect_timeout in the address, as in ?connect_timeout=30. (%2)</source>
        <translation>チーム用データベースのサーバーが %1秒以内に応答しませんでした。サーバーが動作していて接続できることを確認してください。低速なネットワークでは、?connect_timeout=30 のようにアドレスに connect_timeout を付けて待ち時間を延ばせます。（%2）</translation>
    </message>
    <message>
        <source>Cannot connect to the team store: %1</source>
        <translation>チーム用データベースに接続できません: %1</translation>
    </message>
    <message>
        <source>The %1 in the PostgreSQL URL has a “%” that is not followed by two hexadecimal digits; write a “%” itself as %2.</source>
        <translation>PostgreSQL の URL の%1に、16進数2桁が続かない「%」があります。「%」そのものは %2 と書いてください。</translation>
    </message>
    <message>
        <source>The port “%1” in the PostgreSQL URL is not a number from 1 to 65535.</source>
        <translation>PostgreSQL の URL のポート「%1」が 1～65535 の数値ではありません。</translation>
    </message>
    <message>
        <source>An “@” in the host or database name of the PostgreSQL URL must be written %1.</source>
        <translation>PostgreSQL の URL のホスト名またはデータベース名に含まれる「@」は、%1 と書いてください。</translation>
    </message>
    <message>
        <source>The host “%1” in the PostgreSQL URL lacks its closing “]”.</source>
        <translation>PostgreSQL の URL のホスト「%1」に閉じる「]」がありません。</translation>
    </message>
    <message>
        <source>Unexpected “%1” after the host in the PostgreSQL URL.</source>
        <translation>PostgreSQL の URL のホストの後に予期しない「%1」があります。</translation>
    </message>
    <message>
        <source>The %1 in the PostgreSQL URL holds an “&amp;”: write it as %2.</source>
        <translation>PostgreSQL の URL のパラメーター「%1」の値に「&amp;」が含まれています。%2 と書いてください。</translation>
    </message>
    <message>
        <source>The parameter “%1” in the PostgreSQL URL is not written as key=value.</source>
        <translation>PostgreSQL の URL のパラメーター「%1」が key=value の形になっていません。</translation>
    </message>
    <message>
        <source>The parameter “%1” in the PostgreSQL URL contains a space, quote, backslash or “;”, which cannot be passed on to PostgreSQL.</source>
        <translation>PostgreSQL の URL のパラメーター「%1」に空白・引用符・バックスラッシュ・「;」のいずれかが含まれているため、PostgreSQL に渡せません。</translation>
    </message>
    <message>
        <source>The parameter “%1” in the PostgreSQL URL is not a number of seconds.</source>
        <translation>PostgreSQL の URL のパラメーター「%1」が秒数（数値）になっていません。</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: add it after the host, as in postgresql://host/dbname.</source>
        <translation>PostgreSQL の URL にデータベース名がありません。postgresql://host/dbname のようにホストの後に付けてください。</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreLock</name>
    <message>
        <source>The store is in use by another program (%1, process %2 on %3). Close it there and try again.</source>
        <translation>このデータファイルは別のプログラムで使用中です（%1、%3 のプロセス %2）。そちらで閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk is full: Kindred cannot lock the store for writing. Free some space and try again.</source>
        <translation>ディスクがいっぱいのため、Kindred はデータファイルを書き込み用にロックできません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot lock the store for writing: the folder is not writable.</source>
        <translation>データファイルを書き込み用にロックできません：フォルダーに書き込めません。</translation>
    </message>
</context>
<context>
    <name>Kindred::SurveyScoring</name>
    <message>
        <source>min_answers must be 1 or more.</source>
        <translation>min_answers は 1 以上でなければなりません。</translation>
    </message>
    <message>
        <source>The scoring has no questions.</source>
        <translation>採点方法に設問がありません。</translation>
    </message>
    <message>
        <source>A question has no column.</source>
        <translation>列のない設問があります。</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: axis must be &quot;fit&quot; or &quot;awareness&quot;.</source>
        <translation>設問「%1」: axis は &quot;fit&quot; か &quot;awareness&quot; でなければなりません。</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the weight must be above 0.</source>
        <translation>設問「%1」: 重みは 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: scale must be &quot;1-5&quot;, &quot;1-7&quot;, &quot;0-10&quot; or &quot;auto&quot;.</source>
        <translation>設問「%1」: scale は &quot;1-5&quot;、&quot;1-7&quot;、&quot;0-10&quot;、&quot;auto&quot; のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>Cannot open the scoring: %1</source>
        <translation>採点方法を開けません: %1</translation>
    </message>
    <message>
        <source>The scoring is not a JSON object: %1</source>
        <translation>採点方法が JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>Survey row %1: %2 fit answers, %3 awareness answers</source>
        <translation>アンケート %1行目: 共有可能性の回答 %2件、自覚の回答 %3件</translation>
    </message>
    <message>
        <source>Cannot open the survey: %1</source>
        <translation>アンケートを開けません: %1</translation>
    </message>
    <message>
        <source>The survey is empty.</source>
        <translation>アンケートが空です。</translation>
    </message>
    <message>
        <source>The survey has no column &quot;%1&quot;.</source>
        <translation>アンケートに列「%1」がありません。</translation>
    </message>
    <message>
        <source>The survey has no email or customer ID column to match respondents with customers.</source>
        <translation>アンケートに、回答者と顧客を照合するためのメールまたは顧客 ID の列がありません。</translation>
    </message>
    <message>
        <source>No customer matches ID &quot;%1&quot; or email &quot;%2&quot;.</source>
        <translation>ID「%1」またはメール「%2」に一致する顧客はいません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; as an answer on the %2 scale; left out.</source>
        <translation>「%1」を %2 の尺度の回答として読めないため、除外しました。</translation>
    </message>
</context>
<context>
    <name>Kindred::TeamStoreDialog</name>
    <message>
        <source>Open Team Store</source>
        <translation>チーム用データベースを開く</translation>
    </message>
    <message>
        <source>A team store is a PostgreSQL database that several people work on at once. Changes made by others show up here as they are saved.</source>
        <translation>チーム用データベースは、複数の人が同時に使う PostgreSQL のデータベースです。ほかの人の変更は保存されるとすぐここに反映されます。</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, or the folder of its socket (starting with /).</source>
        <translation>サーバーの名前またはアドレス、あるいはソケットのフォルダー（/ で始まる）。</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Ask for a &amp;password</source>
        <translation>パスワードを入力する(&amp;P)</translation>
    </message>
    <message>
        <source>The password is used for this connection only and never saved. Without it, Kindred asks when the server wants one.</source>
        <translation>パスワードはこの接続にだけ使い、保存しません。指定しなくても、サーバーが求めたときに Kindred が尋ねます。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation>データベース名を入力してください。</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>%2 の %1 のパスワード:</translation>
    </message>
    <message>
        <source>Team Store Password</source>
        <translation>チーム用データベースのパスワード</translation>
    </message>
</context>
<context>
    <name>Kindred::UnplacedPanel</name>
    <message>
        <source>&lt;small&gt;Drag onto the matrix to place.&lt;/small&gt;</source>
        <translation>&lt;small&gt;マトリクスにドラッグして配置します。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Search unplaced</source>
        <translation>未配置の顧客を検索</translation>
    </message>
    <message>
        <source>Order of the unplaced customers</source>
        <translation>未配置の顧客の並び順</translation>
    </message>
    <message>
        <source>Most valuable first</source>
        <translation>価値の高い順</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>名前順</translation>
    </message>
    <message>
        <source>Unplaced customers</source>
        <translation>未配置の顧客</translation>
    </message>
    <message>
        <source>Place in Quadrant</source>
        <translation>象限に配置</translation>
    </message>
    <message>
        <source>Place the chosen customers in the middle of a quadrant, to move them on from there.</source>
        <translation>選んだ顧客を象限の中央に配置します。そこから位置を調整してください。</translation>
    </message>
    <message>
        <source>Clear placement</source>
        <translation>配置を解除</translation>
    </message>
    <message>
        <source>Send the customers selected on the matrix back to this list.</source>
        <translation>マトリクスで選択した顧客をこのリストに戻します。</translation>
    </message>
    <message>
        <source>Unplaced (%1)</source>
        <translation>未配置（%1）</translation>
    </message>
    <message>
        <source>Unplaced (%1 of %2)</source>
        <translation>未配置（%2人中 %1人）</translation>
    </message>
</context>
<context>
    <name>Kindred::ValueMatrixView</name>
    <message>
        <source>Value matrix</source>
        <translation>価値マトリクス</translation>
    </message>
    <message>
        <source>Add to Shortlist</source>
        <translation>候補リストに追加</translation>
    </message>
    <message>
        <source>Clear Placement</source>
        <translation>配置を解除</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>No customer changed quadrant since %1.</source>
        <translation>%1 以降、象限が変わった顧客はいません。</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>%1 以降：%2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Revenue %2 from %n order(s)&lt;br&gt;Stage: %3&lt;br&gt;Value fit %4, value awareness %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;売上 %2（注文 %n件）&lt;br&gt;段階：%3&lt;br&gt;価値観の共有可能性 %4、価値観の自覚 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the image.</source>
        <translation>画像を書き込めません。</translation>
    </message>
    <message>
        <source>Export Value Matrix</source>
        <translation>価値マトリクスを書き出す</translation>
    </message>
    <message>
        <source>value-matrix.png</source>
        <translation>価値マトリクス.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in view, shown as density: darker cells hold more. Zoom in to see each one.</source>
        <translation>
            <numerusform>表示範囲の顧客 %Ln人を密度で表示しています。色の濃いセルほど多くの顧客がいます。拡大すると 1人ずつ表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <source>Log Contact…</source>
        <translation>コンタクトを記録…</translation>
    </message>
</context>
<context>
    <name>Kindred::ValueParser</name>
    <message>
        <source>There is no year 0 in a Japanese era: its first year is 元年 (1).</source>
        <translation>和暦に0年はありません。最初の年は元年（1年）です。</translation>
    </message>
    <message>
        <source>There is no year 0.</source>
        <translation>0年という年はありません。</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>%1月という月はありません。</translation>
    </message>
    <message>
        <source>There is no day %1: %2 has %3 days.</source>
        <translation>%2 に %1日はありません（%3日までです）。</translation>
    </message>
    <message>
        <source>Not a date (or not one of the forms Kindred reads).</source>
        <translation>日付ではありません（または Kindred が読める形式ではありません）。</translation>
    </message>
</context>
<context>
    <name>Kindred::WelcomePage</name>
    <message>
        <source>This store has no customers yet</source>
        <translation>このデータファイルにはまだ顧客がいません</translation>
    </message>
    <message>
        <source>Kindred helps you find the few customers who share your values, and serve them one-to-one. Start with the customers you already have.</source>
        <translation>Kindred は、価値観を共有できる少数の顧客を見つけ、1対1で向き合うためのツールです。まずは今いる顧客から始めましょう。</translation>
    </message>
    <message>
        <source>Import a customer list or order export (CSV or Excel)…</source>
        <translation>顧客リストまたは注文データ（CSV または Excel）を取り込む…</translation>
    </message>
    <message>
        <source>From a web shop, a point-of-sale system or a spreadsheet. You can also drop the file on this window.</source>
        <translation>ネットショップ、POS システム、表計算ソフトから。ファイルをこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>顧客を追加</translation>
    </message>
    <message>
        <source>Type in a first customer by hand.</source>
        <translation>最初の顧客を手入力します。</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>デモデータを開く</translation>
    </message>
    <message>
        <source>500 generated customers with their orders, to see how Kindred works first.</source>
        <translation>生成した 500人の顧客とその注文で、まず Kindred の使い方を確かめられます。</translation>
    </message>
</context>
<context>
    <name>Kindred::Workbook</name>
    <message>
        <source>The sheet has more than the %1 rows a spreadsheet can have.</source>
        <translation>シートの行数が、表計算ソフトで扱える上限の %1行を超えています。</translation>
    </message>
    <message>
        <source>A cell of row %1 is repeated to column %2, beyond XFD (%3), the last column a spreadsheet can have.</source>
        <translation>%1行目のセルが %2列目まで繰り返されており、表計算ソフトで扱える最後の列 XFD（%3）を超えています。</translation>
    </message>
    <message>
        <source>The cell holds the error %1, not a value.</source>
        <translation>セルに値ではなくエラー %1 が入っています。</translation>
    </message>
    <message>
        <source>Row %1 comes after row %2: the rows are out of order, so the workbook is damaged.</source>
        <translation>%1行目が %2行目の後にあります。行の順序が正しくないため、ブックが破損しています。</translation>
    </message>
    <message>
        <source>The sheet has a row %1, beyond the %2 rows a spreadsheet can have.</source>
        <translation>シートに %1行目があり、表計算ソフトで扱える %2行を超えています。</translation>
    </message>
    <message>
        <source>A cell of row %1 is in column %2, beyond XFD (%3), the last column a spreadsheet can have.</source>
        <translation>%1行目のセルが %2列目にあり、表計算ソフトで扱える最後の列 XFD（%3）を超えています。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: %2 Reading stopped at row %3.</source>
        <translation>シート「%1」: %2 %3行目で読み込みを中止しました。</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, after row %2</source>
        <translation>シート「%1」、%2行目の後</translation>
    </message>
    <message>
        <source>This zip file is not an Excel (.xlsx) or LibreOffice (.ods) workbook.</source>
        <translation>この zip ファイルは Excel (.xlsx) や LibreOffice (.ods) のブックではありません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet of cells.</source>
        <translation>ブックにワークシートがありません。</translation>
    </message>
    <message>
        <source>This is an Office file but not an Excel workbook (it has no workbook part).</source>
        <translation>これは Office ファイルですが、Excel ブックではありません（ブックのパーツがありません）。</translation>
    </message>
    <message>
        <source>The workbook lacks its part %1 (sheet &quot;%2&quot;): it is damaged.</source>
        <translation>ブックにパーツ %1（シート「%2」）がありません。ブックが破損しています。</translation>
    </message>
    <message>
        <source>The workbook holds more than %L1 different texts, more than Kindred reads.</source>
        <translation>ブックに含まれる異なるテキストが %L1個を超えています。Kindred で読み込める上限を超えています。</translation>
    </message>
    <message>
        <source>LibreOffice workbook</source>
        <translation>LibreOffice ブック</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;. Its sheets: %2.</source>
        <translation>ブックにシート「%1」がありません。シートは次のとおりです: %2。</translation>
    </message>
    <message>
        <source>A row is numbered &quot;%1&quot;, which is not a number.</source>
        <translation>行番号「%1」が数値ではありません。</translation>
    </message>
    <message>
        <source>A cell&apos;s reference &quot;%1&quot; names no column.</source>
        <translation>セル参照「%1」に列がありません。</translation>
    </message>
    <message>
        <source>A cell&apos;s reference &quot;%1&quot; is beyond column XFD, the last a spreadsheet can have.</source>
        <translation>セル参照「%1」が、表計算ソフトで扱える最後の列 XFD を超えています。</translation>
    </message>
    <message>
        <source>The cell refers to text %1 of the workbook, which it does not have.</source>
        <translation>セルがブックのテキスト %1 を参照していますが、そのテキストはブックにありません。</translation>
    </message>
    <message>
        <source>The cell&apos;s number &quot;%1&quot; is not a number.</source>
        <translation>セルの数値「%1」が数値になっていません。</translation>
    </message>
    <message>
        <source>the XML ends in the middle</source>
        <translation>XML が途中で終わっています</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 (%2, line %3 of %4).</source>
        <translation>ブックが破損しています: %1（%2、%4 の %3行目）。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be unpacked (%2).</source>
        <translation>ブックが破損しています: パーツ %1 を展開できません（%2）。</translation>
    </message>
    <message>
        <source>The workbook is damaged or hostile: its part %1 unpacks to more than the %2 it declares. Nothing was read from it.</source>
        <translation>ブックが破損しているか、悪意のあるファイルです: パーツ %1 を展開すると、宣言されたサイズ %2 を超えます。このブックからは何も読み込んでいません。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 ends after %2 of the %3 it declares.</source>
        <translation>ブックが破損しています: パーツ %1 が、宣言されたサイズ %3 のうち %2 で終わっています。</translation>
    </message>
    <message>
        <source>The workbook cannot be opened: it is not a complete zip file (%1).</source>
        <translation>ブックを開けません: 完全な zip ファイルではありません（%1）。</translation>
    </message>
    <message>
        <source>The workbook lacks its part %1: it is damaged or not a workbook.</source>
        <translation>ブックにパーツ %1 がありません。破損しているか、ブックではありません。</translation>
    </message>
    <message>
        <source>The workbook is damaged: the size of its part %1 is unknown.</source>
        <translation>ブックが破損しています: パーツ %1 のサイズが不明です。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2, more than the %3 Kindred reads. Nothing was imported.</source>
        <translation>ブックのパーツ %1 は展開すると %2 になり、Kindred で読み込める上限 %3 を超えます。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>Kindred::WorkbookWriter</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>ブックを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write this cell to the workbook: %1</source>
        <translation>このセルをブックに書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>ブックを書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot read the written workbook: %1</source>
        <translation>書き込んだブックを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find the few customers who share your values.</source>
        <translation>価値観を共有できる少数の顧客を見つけます。</translation>
    </message>
    <message>
        <source>Open the demo store.</source>
        <translation>デモデータを開きます。</translation>
    </message>
    <message>
        <source>Start on this view: %1.</source>
        <translation>最初に表示するビュー: %1。</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; choose one of: %2.</source>
        <translation>不明なビュー「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Import this CSV file or workbook (.xlsx, .ods) into the store.</source>
        <translation>この CSV ファイルまたはブック（.xlsx、.ods）をデータファイルに取り込みます。</translation>
    </message>
    <message>
        <source>The store to open, or a CSV file or workbook to import into the last store.</source>
        <translation>開くデータファイル、または前回のデータファイルに取り込む CSV ファイルかブック。</translation>
    </message>
</context>
</TS>

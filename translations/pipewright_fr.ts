<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Recent prompts</source>
        <translation>Invites récentes</translation>
    </message>
    <message>
        <source>Pick an earlier prompt to edit or run it again</source>
        <translation>Choisir une invite précédente pour la modifier ou la relancer</translation>
    </message>
    <message>
        <source>Describe a pipeline, e.g. &quot;Consume the temperature readings, send readings above 132 or below 32 to TempRangeAlert and invalid ones to a dead-letter topic&quot; — or a change to the current one.</source>
        <translation>Décrivez un pipeline, p. ex. « Consommer les relevés de température, envoyer les relevés au-dessus de 132 ou en dessous de 32 vers TempRangeAlert et les relevés invalides vers un topic de lettres mortes » — ou une modification du pipeline actuel.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Create a new pipeline from the description (previewed before it replaces the document)</source>
        <translation>Créer un nouveau pipeline à partir de la description (aperçu avant qu&apos;il ne remplace le document)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Change the current pipeline as the text says</source>
        <translation>Modifier le pipeline actuel comme le décrit le texte</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <source>Describe the current pipeline in plain language</source>
        <translation>Décrire le pipeline actuel en langage courant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Replace the document&apos;s pipeline with the preview (one undo step)</source>
        <translation>Remplacer le pipeline du document par l&apos;aperçu (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison :</translation>
    </message>
    <message>
        <source>Describe the pipeline or the change first.</source>
        <translation>Décrivez d&apos;abord le pipeline ou la modification.</translation>
    </message>
    <message>
        <source>The pipeline is empty: there is nothing to edit or explain. Use Generate.</source>
        <translation>Le pipeline est vide : il n&apos;y a rien à modifier ni à expliquer. Utilisez Générer.</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>Interrogation du modèle…</translation>
    </message>
    <message>
        <source>Sampling topics…</source>
        <translation>Échantillonnage des topics…</translation>
    </message>
    <message>
        <source>Checking the answer…</source>
        <translation>Vérification de la réponse…</translation>
    </message>
    <message numerus="yes">
        <source>Repairing %n problem(s)…</source>
        <translation>
            <numerusform>Correction de %n problème…</numerusform>
            <numerusform>Correction de %n problèmes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disposition en cours…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>The assistant could not reach the model; nothing was changed.</source>
        <translation>L&apos;assistant n&apos;a pas pu joindre le modèle ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No valid pipeline.</source>
        <translation>Aucun pipeline valide.</translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s pipeline still has %n problem(s) after %1 repair round(s); nothing was changed.</source>
        <translation>
            <numerusform>Le pipeline du modèle a encore %n problème après %1 tour(s) de correction ; rien n&apos;a été modifié.</numerusform>
            <numerusform>Le pipeline du modèle a encore %n problèmes après %1 tour(s) de correction ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s last answer:</source>
        <translation>La dernière réponse du modèle :</translation>
    </message>
    <message>
        <source>The proposed pipeline is valid, with these notes:</source>
        <translation>Le pipeline proposé est valide, avec ces remarques :</translation>
    </message>
    <message>
        <source>The model proposes no changes.</source>
        <translation>Le modèle ne propose aucune modification.</translation>
    </message>
    <message>
        <source>Review the preview, then Apply or Discard.</source>
        <translation>Vérifiez l&apos;aperçu, puis choisissez Appliquer ou Rejeter.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added</source>
        <translation>
            <numerusform>%n nœud ajouté</numerusform>
            <numerusform>%n nœuds ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>edges: %1 added, %2 removed</source>
        <translation>liaisons : %1 ajoutées, %2 supprimées</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>The pipeline was changed after the request; the preview no longer fits it. Ask again or discard the preview.</source>
        <translation>Le pipeline a été modifié après la demande ; l&apos;aperçu ne lui correspond plus. Redemandez ou rejetez l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Generate Pipeline</source>
        <translation>Générer le pipeline</translation>
    </message>
    <message>
        <source>Assistant Edit</source>
        <translation>Modification par l&apos;assistant</translation>
    </message>
    <message>
        <source>Applied. Undo reverts it in one step.</source>
        <translation>Appliqué. Annuler le défait en une seule étape.</translation>
    </message>
    <message>
        <source>Discarded; nothing was changed.</source>
        <translation>Rejeté ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The LLM endpoint profile the assistant asks (Tools → Settings → LLM Endpoints; the profile marked for the assistant is preselected)</source>
        <translation>Le profil de point de terminaison LLM interrogé par l&apos;assistant (Outils → Paramètres → Points de terminaison LLM ; le profil marqué pour l&apos;assistant est présélectionné)</translation>
    </message>
    <message>
        <source>No profile: %1 (add profiles in Tools → Settings)</source>
        <translation>Aucun profil : %1 (ajoutez des profils dans Outils → Paramètres)</translation>
    </message>
    <message>
        <source>The API key of the profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Impossible de lire la clé d&apos;API du profil « %1 » : %2</translation>
    </message>
    <message>
        <source>Receiving the answer…</source>
        <translation>Réception de la réponse…</translation>
    </message>
    <message>
        <source>Describing more node kinds…</source>
        <translation>Description d&apos;autres types de nœuds…</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 of %2 · %3 · %n token(s) · %4 s</source>
        <translation>
            <numerusform>Tour %1 sur %2 · %3 · %n jeton · %4 s</numerusform>
            <numerusform>Tour %1 sur %2 · %3 · %n jetons · %4 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceParameterEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1: bootstrap servers are required (host:port, comma-separated).</source>
        <translation>%1 : les serveurs bootstrap sont obligatoires (hôte:port, séparés par des virgules).</translation>
    </message>
    <message>
        <source>a property has no name.</source>
        <translation>une propriété n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>set bootstrap servers in their own field, not as a property.</source>
        <translation>indiquez les serveurs bootstrap dans leur propre champ, pas comme propriété.</translation>
    </message>
    <message>
        <source>%1 is a secret; store it in the keychain (Settings) or enter env:VARIABLE_NAME and set that environment variable instead of storing the secret.</source>
        <translation>%1 est un secret ; stockez-le dans le trousseau (Paramètres) ou saisissez env:VARIABLE_NAME et définissez cette variable d&apos;environnement au lieu de stocker le secret.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>%1: %2 must be a reference (env:NAME or keychain:NAME), not a value.</source>
        <translation>%1 : %2 doit être une référence (env:NOM ou keychain:NOM), pas une valeur.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>Connect an output to an input, not to another output</source>
        <translation>Reliez une sortie à une entrée, pas à une autre sortie</translation>
    </message>
    <message>
        <source>Connect an input to an output, not to another input</source>
        <translation>Reliez une entrée à une sortie, pas à une autre entrée</translation>
    </message>
    <message>
        <source>A node cannot feed itself</source>
        <translation>Un nœud ne peut pas s&apos;alimenter lui-même</translation>
    </message>
    <message>
        <source>Unknown input port</source>
        <translation>Port d&apos;entrée inconnu</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Déjà connecté</translation>
    </message>
    <message>
        <source>This connection would create a loop</source>
        <translation>Cette connexion créerait une boucle</translation>
    </message>
    <message>
        <source>Replaces the existing connection</source>
        <translation>Remplace la connexion existante</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No bootstrap servers given.</source>
        <translation>Aucun serveur bootstrap indiqué.</translation>
    </message>
    <message>
        <source>Invalid property %1: %2</source>
        <translation>Propriété non valide %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create a Kafka client: %1</source>
        <translation>Impossible de créer un client Kafka : %1</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Pas de réponse de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n broker(s)</source>
        <translation>
            <numerusform>Connecté : %n broker</numerusform>
            <numerusform>Connecté : %n brokers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>No base URL given.</source>
        <translation>Aucune URL de base indiquée.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1).</source>
        <translation>Le serveur a refusé la clé d&apos;API (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s)</source>
        <translation>
            <numerusform>Connecté : %n modèle</numerusform>
            <numerusform>Connecté : %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>the model %1 is not among them</source>
        <translation>le modèle %1 n&apos;en fait pas partie</translation>
    </message>
    <message>
        <source>The model list is not available (HTTP %1) and a test completion failed: %2</source>
        <translation>La liste des modèles n&apos;est pas disponible (HTTP %1) et une complétion de test a échoué : %2</translation>
    </message>
    <message>
        <source>Connected: a test completion answered in %1 ms</source>
        <translation>Connecté : une complétion de test a répondu en %1 ms</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>Aucune URL indiquée.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n subject(s)</source>
        <translation>
            <numerusform>Connecté : %n sujet</numerusform>
            <numerusform>Connecté : %n sujets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No database given.</source>
        <translation>Aucune base de données indiquée.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; the first run creates it.</source>
        <translation>%1 n&apos;existe pas encore ; la première exécution le créera.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist or is not writable.</source>
        <translation>Impossible de créer %1 : le dossier %2 n&apos;existe pas ou n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Unknown database driver %1.</source>
        <translation>Pilote de base de données %1 inconnu.</translation>
    </message>
    <message>
        <source>Connected: %1 answered SELECT 1.</source>
        <translation>Connecté : %1 a répondu à SELECT 1.</translation>
    </message>
</context>
<context>
    <name>DatabaseProfile</name>
    <message>
        <source>Database profile %1: password: %2</source>
        <translation>Profil de base de données %1 : mot de passe : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseProfilesPage</name>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Base de données %1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Database sinks with this driver can name the profile in their connection</source>
        <translation>Les sinks de base de données utilisant ce pilote peuvent indiquer ce profil dans leur connexion</translation>
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
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>The SQLite file; the first run creates it</source>
        <translation>Le fichier SQLite ; créé lors de la première exécution</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Stored in the keychain or read from an environment variable when a run starts; never in the settings</source>
        <translation>Stocké dans le trousseau ou lu depuis une variable d&apos;environnement au démarrage d&apos;une exécution ; jamais dans les paramètres</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>an option has no name.</source>
        <translation>une option n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>password is a secret; enter it in the Password field (keychain) or as env:VARIABLE_NAME instead of an option.</source>
        <translation>password est un secret ; saisissez-le dans le champ Mot de passe (trousseau) ou sous la forme env:VARIABLE_NAME plutôt que comme option.</translation>
    </message>
    <message>
        <source>set %1 in its own field, not as an option.</source>
        <translation>indiquez %1 dans son propre champ, pas comme option.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>Options (PostgreSQL: libpq keywords such as sslmode or connect_timeout; MySQL: socket, connect_timeout or ssl_mode)</source>
        <translation>Options (PostgreSQL : mots-clés libpq tels que sslmode ou connect_timeout ; MySQL : socket, connect_timeout ou ssl_mode)</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>terminer</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conserver</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>Déployer %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Annuler le déploiement</translation>
    </message>
    <message>
        <source>Remove what this deployment created and restore what it removed</source>
        <translation>Supprimer ce que ce déploiement a créé et restaurer ce qu&apos;il a supprimé</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <source>No deployment targets yet: add one under Tools → Settings → Deployment targets.</source>
        <translation>Aucune cible de déploiement pour l&apos;instant : ajoutez-en une dans Outils → Paramètres → Cibles de déploiement.</translation>
    </message>
    <message>
        <source>Asking %1 what runs…</source>
        <translation>Interrogation de %1 sur ce qui s&apos;exécute…</translation>
    </message>
    <message>
        <source>nothing to deploy</source>
        <translation>rien à déployer</translation>
    </message>
    <message>
        <source>%1: node %2 cannot be deployed: %3</source>
        <translation>%1 : le nœud %2 ne peut pas être déployé : %3</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>terminé : %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Déploiement…</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Annulation du déploiement…</translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation>Planification impossible : %1</translation>
    </message>
    <message>
        <source>The target&apos;s engine cannot express this pipeline; see the nodes in Diagnostics.</source>
        <translation>Le moteur de la cible ne peut pas exprimer ce pipeline ; voir les nœuds dans Diagnostics.</translation>
    </message>
    <message>
        <source>Ready to deploy.</source>
        <translation>Prêt à déployer.</translation>
    </message>
    <message>
        <source>Up to date: nothing to change.</source>
        <translation>À jour : rien à modifier.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Nothing was created before the failure.</source>
        <translation>Rien n&apos;a été créé avant l&apos;échec.</translation>
    </message>
    <message>
        <source>Created before the failure: %1</source>
        <translation>Créé avant l&apos;échec : %1</translation>
    </message>
    <message>
        <source>Deployed.</source>
        <translation>Déployé.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Déploiement annulé.</translation>
    </message>
</context>
<context>
    <name>DeploymentController</name>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Deploy the pipeline to ksqlDB, a Flink SQL Gateway or Kafka Connect</source>
        <translation>Déployer le pipeline vers ksqlDB, un Flink SQL Gateway ou Kafka Connect</translation>
    </message>
</context>
<context>
    <name>DeploymentTargetsPage</name>
    <message>
        <source>Deployment targets</source>
        <translation>Cibles de déploiement</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://.</source>
        <translation>l&apos;URL doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>ksqlDB server</source>
        <translation>Serveur ksqlDB</translation>
    </message>
    <message>
        <source>Flink SQL Gateway</source>
        <translation>Flink SQL Gateway</translation>
    </message>
    <message>
        <source>Kafka Connect worker</source>
        <translation>Worker Kafka Connect</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The engine&apos;s REST endpoint</source>
        <translation>Point de terminaison REST du moteur</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>user:password for HTTP basic authentication, or Bearer TOKEN; empty = none</source>
        <translation>user:password pour l&apos;authentification HTTP basique, ou Bearer TOKEN ; vide = aucun</translation>
    </message>
    <message>
        <source>Kafka Connect target</source>
        <translation>Cible Kafka Connect</translation>
    </message>
    <message>
        <source>The target (a Kafka Connect worker) that receives the pipeline&apos;s connector configurations</source>
        <translation>La cible (un worker Kafka Connect) qui reçoit les configurations de connecteurs du pipeline</translation>
    </message>
    <message>
        <source>Kafka for Flink</source>
        <translation>Kafka pour Flink</translation>
    </message>
    <message>
        <source>&apos;properties.bootstrap.servers&apos; of the exported Flink tables</source>
        <translation>&apos;properties.bootstrap.servers&apos; des tables Flink exportées</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Schema Registry of Avro topics in production</source>
        <translation>Schema Registry des topics Avro en production</translation>
    </message>
    <message>
        <source>REST API version</source>
        <translation>Version de l&apos;API REST</translation>
    </message>
</context>
<context>
    <name>DeploymentsDock</name>
    <message>
        <source>Target / object</source>
        <translation>Cible / objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Terminate the selected query or job, drop the stream, delete the connector</source>
        <translation>Terminer la requête ou le job sélectionné, supprimer le flux, supprimer le connecteur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the pipeline this was deployed from</source>
        <translation>Ouvrir le pipeline à partir duquel ceci a été déployé</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n target(s)…</source>
        <translation>
            <numerusform>Interrogation de %n cible…</numerusform>
            <numerusform>Interrogation de %n cibles…</numerusform>
        </translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message numerus="yes">
        <source>%n deployed</source>
        <translation>
            <numerusform>%n déployé</numerusform>
            <numerusform>%n déployés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 running, %2 failed or stopped · refreshed %3</source>
        <translation>%1 en cours, %2 en échec ou arrêtés · actualisé %3</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Arrêt de %1…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Stop failed: %1</source>
        <translation>Échec de l&apos;arrêt : %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>Unknown node kind “%1”.</source>
        <translation>Type de nœud inconnu « %1 ».</translation>
    </message>
    <message>
        <source>No source feeds this node; it will never receive records.</source>
        <translation>Aucune source n&apos;alimente ce nœud ; il ne recevra jamais d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Input “%1” is not connected.</source>
        <translation>L&apos;entrée « %1 » n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>The input is not connected.</source>
        <translation>L&apos;entrée n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>Input “%1” accepts one edge but has %2.</source>
        <translation>L&apos;entrée « %1 » accepte une seule liaison mais en a %2.</translation>
    </message>
    <message>
        <source>The pipeline loops: %1; records would circle forever.</source>
        <translation>Le pipeline forme une boucle : %1 ; les enregistrements tourneraient indéfiniment.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” is ignored.</source>
        <translation>Le paramètre inconnu « %1 » est ignoré.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Une valeur obligatoire manque.</translation>
    </message>
    <message>
        <source>“%1” is not a valid choice; use one of: %2.</source>
        <translation>« %1 » n&apos;est pas un choix valide ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write e.g. 500ms, 10s, 1m, 2h or 1d.</source>
        <translation>« %1 » n&apos;est pas une durée ; écrivez p. ex. 500ms, 10s, 1m, 2h ou 1d.</translation>
    </message>
    <message>
        <source>Needs at least %1 entries, has %2.</source>
        <translation>Il faut au moins %1 entrées, il y en a %2.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The expression must be %1, but it is %2.</source>
        <translation>L&apos;expression doit être de type %1, mais elle est de type %2.</translation>
    </message>
    <message>
        <source>The edge is connected to a node or port that does not exist.</source>
        <translation>La liaison est reliée à un nœud ou à un port qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The edge must go from an output to an input.</source>
        <translation>La liaison doit aller d&apos;une sortie vers une entrée.</translation>
    </message>
    <message>
        <source>Field “%1” is marked sensitive and would be sent to the model unmasked; mask it upstream (mask node) or remove it from the prompt.</source>
        <translation>Le champ « %1 » est marqué comme sensible et serait envoyé au modèle sans masquage ; masquez-le en amont (nœud de masquage) ou retirez-le de l&apos;invite.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Exactly-once cannot include a %1 node: it %2.</source>
        <translation>Exactly-once ne peut pas inclure de nœud %1 : il %2.</translation>
    </message>
    <message>
        <source>Under exactly-once, this %1 node %2.</source>
        <translation>En exactly-once, ce nœud %1 %2.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsWidget</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>(pipeline)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Le document n&apos;a pas encore de nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ExampleGallery</name>
    <message>
        <source>Cannot read this example: %1</source>
        <translation>Impossible de lire cet exemple : %1</translation>
    </message>
</context>
<context>
    <name>ExampleGalleryDialog</name>
    <message>
        <source>New from Example</source>
        <translation>Nouveau à partir d&apos;un exemple</translation>
    </message>
</context>
<context>
    <name>ExpressionEdit</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, pas %2</translation>
    </message>
    <message>
        <source>%1
%2
Example: %3</source>
        <translation>%1
%2
Exemple : %3</translation>
    </message>
</context>
<context>
    <name>ExpressionFunctions</name>
    <message>
        <source>Upper-cases the ASCII letters of s.</source>
        <translation>Met en majuscules les lettres ASCII de s.</translation>
    </message>
    <message>
        <source>Lower-cases the ASCII letters of s.</source>
        <translation>Met en minuscules les lettres ASCII de s.</translation>
    </message>
    <message>
        <source>Removes leading and trailing white space.</source>
        <translation>Supprime les espaces en début et en fin.</translation>
    </message>
    <message>
        <source>Joins strings; NULL when any argument is NULL.</source>
        <translation>Concatène des chaînes ; NULL si un argument est NULL.</translation>
    </message>
    <message>
        <source>Joins the non-NULL strings with a separator.</source>
        <translation>Concatène les chaînes non NULL avec un séparateur.</translation>
    </message>
    <message>
        <source>Characters from 1-based start, optionally at most length of them.</source>
        <translation>Caractères à partir de start (base 1), au plus length si indiqué.</translation>
    </message>
    <message>
        <source>The first n characters (&apos;&apos; when n &lt;= 0).</source>
        <translation>Les n premiers caractères (&apos;&apos; si n &lt;= 0).</translation>
    </message>
    <message>
        <source>The last n characters (&apos;&apos; when n &lt;= 0).</source>
        <translation>Les n derniers caractères (&apos;&apos; si n &lt;= 0).</translation>
    </message>
    <message>
        <source>Number of characters (not bytes).</source>
        <translation>Nombre de caractères (pas d&apos;octets).</translation>
    </message>
    <message>
        <source>Replaces every occurrence of search (an empty search changes nothing).</source>
        <translation>Remplace chaque occurrence de search (un search vide ne change rien).</translation>
    </message>
    <message>
        <source>Replaces every match of a regular expression; $1 in the replacement is group 1.</source>
        <translation>Remplace chaque correspondance d&apos;une expression régulière ; $1 dans le remplacement désigne le groupe 1.</translation>
    </message>
    <message>
        <source>The first match (or its group), NULL when nothing matches.</source>
        <translation>La première correspondance (ou son groupe) ; NULL si rien ne correspond.</translation>
    </message>
    <message>
        <source>Pads s on the left to length characters (cuts longer s); NULL for a negative length or empty pad.</source>
        <translation>Complète s à gauche jusqu&apos;à length caractères (tronque un s plus long) ; NULL si length est négatif ou pad vide.</translation>
    </message>
    <message>
        <source>Pads s on the right to length characters (cuts longer s); NULL for a negative length or empty pad.</source>
        <translation>Complète s à droite jusqu&apos;à length caractères (tronque un s plus long) ; NULL si length est négatif ou pad vide.</translation>
    </message>
    <message>
        <source>Upper-cases the first letter of each word and lower-cases the rest (ASCII).</source>
        <translation>Met en majuscule la première lettre de chaque mot et le reste en minuscules (ASCII).</translation>
    </message>
    <message>
        <source>1-based character position of search in s, 0 when absent (INSTR(s, search) too).</source>
        <translation>Position (base 1) de search dans s, 0 si absent (INSTR(s, search) également).</translation>
    </message>
    <message>
        <source>The 0-based index-th piece of s split at delimiter, NULL past the end.</source>
        <translation>Le fragment numéro index (base 0) de s découpé selon delimiter ; NULL au-delà de la fin.</translation>
    </message>
    <message>
        <source>Absolute value.</source>
        <translation>Valeur absolue.</translation>
    </message>
    <message>
        <source>Rounds half away from zero to digits decimals (default 0).</source>
        <translation>Arrondit à digits décimales, la moitié s&apos;éloignant de zéro (0 par défaut).</translation>
    </message>
    <message>
        <source>Largest integral value not above x.</source>
        <translation>Plus grande valeur entière inférieure ou égale à x.</translation>
    </message>
    <message>
        <source>Smallest integral value not below x.</source>
        <translation>Plus petite valeur entière supérieure ou égale à x.</translation>
    </message>
    <message>
        <source>Remainder of a / b with the sign of a, like a % b.</source>
        <translation>Reste de a / b avec le signe de a, comme a % b.</translation>
    </message>
    <message>
        <source>x raised to the power y.</source>
        <translation>x élevé à la puissance y.</translation>
    </message>
    <message>
        <source>Square root; an error for negative x.</source>
        <translation>Racine carrée ; erreur si x est négatif.</translation>
    </message>
    <message>
        <source>Natural logarithm; an error for x &lt;= 0.</source>
        <translation>Logarithme naturel ; erreur si x &lt;= 0.</translation>
    </message>
    <message>
        <source>Base-10 logarithm; an error for x &lt;= 0.</source>
        <translation>Logarithme décimal ; erreur si x &lt;= 0.</translation>
    </message>
    <message>
        <source>e raised to the power x.</source>
        <translation>e élevé à la puissance x.</translation>
    </message>
    <message>
        <source>-1, 0 or 1 by the sign of x.</source>
        <translation>-1, 0 ou 1 selon le signe de x.</translation>
    </message>
    <message>
        <source>The largest argument; NULL when any argument is NULL.</source>
        <translation>Le plus grand argument ; NULL si un argument est NULL.</translation>
    </message>
    <message>
        <source>The smallest argument; NULL when any argument is NULL.</source>
        <translation>Le plus petit argument ; NULL si un argument est NULL.</translation>
    </message>
    <message>
        <source>Cuts x toward zero to digits decimals (default 0).</source>
        <translation>Tronque x vers zéro à digits décimales (0 par défaut).</translation>
    </message>
    <message>
        <source>The first argument that is not NULL.</source>
        <translation>Le premier argument non NULL.</translation>
    </message>
    <message>
        <source>NULL when a = b, otherwise a.</source>
        <translation>NULL si a = b, sinon a.</translation>
    </message>
    <message>
        <source>then when condition is TRUE, otherwise (FALSE or NULL) else.</source>
        <translation>then si condition vaut TRUE, sinon (FALSE ou NULL) else.</translation>
    </message>
    <message>
        <source>x, or fallback when x is NULL.</source>
        <translation>x, ou fallback si x est NULL.</translation>
    </message>
    <message>
        <source>The time of evaluation (epoch milliseconds).</source>
        <translation>L&apos;heure de l&apos;évaluation (millisecondes depuis l&apos;epoch).</translation>
    </message>
    <message>
        <source>YEAR, MONTH, DAY, HOUR, MINUTE, SECOND or MILLISECOND of ts in UTC.</source>
        <translation>YEAR, MONTH, DAY, HOUR, MINUTE, SECOND ou MILLISECOND de ts en UTC.</translation>
    </message>
    <message>
        <source>ts cut down to the start of its &apos;second&apos;, &apos;minute&apos;, &apos;hour&apos; or &apos;day&apos; (UTC).</source>
        <translation>ts tronqué au début de l&apos;unité &apos;second&apos;, &apos;minute&apos;, &apos;hour&apos; ou &apos;day&apos; (UTC).</translation>
    </message>
    <message>
        <source>ts as UTC text; pattern letters yyyy MM dd HH mm ss SSS, &apos;quoted&apos; text.</source>
        <translation>ts sous forme de texte UTC ; lettres de motif yyyy MM dd HH mm ss SSS, texte &apos;entre apostrophes&apos;.</translation>
    </message>
    <message>
        <source>Reads UTC text written in pattern; an error when it does not match.</source>
        <translation>Lit un texte UTC écrit selon pattern&#xa0;; erreur s&apos;il ne correspond pas.</translation>
    </message>
    <message>
        <source>Milliseconds since 1970-01-01 00:00:00 UTC.</source>
        <translation>Millisecondes écoulées depuis le 1970-01-01 00:00:00 UTC.</translation>
    </message>
    <message>
        <source>Whole seconds since 1970-01-01 00:00:00 UTC (rounded down).</source>
        <translation>Secondes entières écoulées depuis le 1970-01-01 00:00:00 UTC (arrondi à l&apos;inférieur).</translation>
    </message>
    <message>
        <source>The timestamp n milliseconds after 1970-01-01 00:00:00 UTC.</source>
        <translation>L&apos;horodatage n millisecondes après le 1970-01-01 00:00:00 UTC.</translation>
    </message>
    <message>
        <source>The timestamp n seconds after 1970-01-01 00:00:00 UTC.</source>
        <translation>L&apos;horodatage n secondes après le 1970-01-01 00:00:00 UTC.</translation>
    </message>
    <message>
        <source>The scalar at a path such as &apos;$.a.b[0]&apos; in JSON text; NULL when missing, not scalar or not JSON.</source>
        <translation>La valeur scalaire à un chemin tel que &apos;$.a.b[0]&apos; dans un texte JSON&#xa0;; NULL si elle est absente, non scalaire ou si le texte n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>SHA-256 of the UTF-8 bytes of s as 64 lower-case hex digits.</source>
        <translation>SHA-256 des octets UTF-8 de s, sous forme de 64 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>MD5 of the UTF-8 bytes of s as 32 lower-case hex digits.</source>
        <translation>MD5 des octets UTF-8 de s, sous forme de 32 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>The 1-based index-th element, NULL out of range.</source>
        <translation>L&apos;élément à la position index (à partir de 1)&#xa0;; NULL hors limites.</translation>
    </message>
    <message>
        <source>Number of elements.</source>
        <translation>Nombre d&apos;éléments.</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While a pipeline has unsaved changes, a recovery copy is written this often.</source>
        <translation>Tant qu&apos;un pipeline a des modifications non enregistrées, une copie de récupération est écrite à cet intervalle.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>A new language applies when Pipewright restarts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Pipewright.</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Copie de récupération toutes les :</translation>
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
        <translation>Fichier PEM avec le(s) certificat(s) d&apos;AC ; vide = magasin du système</translation>
    </message>
    <message>
        <source>librdkafka property</source>
        <translation>Propriété librdkafka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Sandbox (embedded cluster)</source>
        <translation>Sandbox (cluster intégré)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Kafka Clusters</source>
        <translation>Clusters Kafka</translation>
    </message>
    <message>
        <source>Runs use</source>
        <translation>Les exécutions utilisent</translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation>Serveurs bootstrap</translation>
    </message>
    <message>
        <source>host:port of one or more brokers, comma-separated</source>
        <translation>host:port d&apos;un ou plusieurs brokers, séparés par des virgules</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>Protocole de sécurité</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>Mécanisme SASL</translation>
    </message>
    <message>
        <source>SASL username</source>
        <translation>Nom d&apos;utilisateur SASL</translation>
    </message>
    <message>
        <source>SASL password</source>
        <translation>Mot de passe SASL</translation>
    </message>
    <message>
        <source>SSL CA file</source>
        <translation>Fichier CA SSL</translation>
    </message>
    <message>
        <source>Other librdkafka properties</source>
        <translation>Autres propriétés librdkafka</translation>
    </message>
</context>
<context>
    <name>KeychainBackend</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>no such keychain entry</source>
        <translation>aucune entrée de ce nom dans le trousseau</translation>
    </message>
    <message>
        <source>no keychain service is available (%1)</source>
        <translation>aucun service de trousseau disponible (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation>l&apos;accès au trousseau a été refusé (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1); is a secret service such as GNOME Keyring or KWallet running?</source>
        <translation>le trousseau a échoué (%1) ; un service de secrets comme GNOME Keyring ou KWallet est-il en cours d&apos;exécution ?</translation>
    </message>
</context>
<context>
    <name>ListParameterEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>LlmProfilesPage</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input per 1M tokens</source>
        <translation>Entrée par million de jetons</translation>
    </message>
    <message>
        <source>Output per 1M tokens</source>
        <translation>Sortie par million de jetons</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>point de terminaison %1</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Demande de la liste des modèles à %1…</translation>
    </message>
    <message>
        <source>LLM Endpoints</source>
        <translation>Points de terminaison LLM</translation>
    </message>
    <message>
        <source>Assistant uses</source>
        <translation>L&apos;assistant utilise</translation>
    </message>
    <message>
        <source>&quot;default&quot;, else the first profile</source>
        <translation>«&#xa0;default&#xa0;», sinon le premier profil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>The OpenAI-compatible API root, e.g. https://api.openai.com/v1 or http://localhost:11434/v1</source>
        <translation>La racine de l&apos;API compatible OpenAI, p. ex. https://api.openai.com/v1 ou http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>must start with http:// or https://.</source>
        <translation>doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Used by nodes that leave their model empty</source>
        <translation>Utilisé par les nœuds dont le modèle est vide</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Prices (USD per million tokens; models without a price cost nothing)</source>
        <translation>Prix (USD par million de tokens&#xa0;; les modèles sans prix ne coûtent rien)</translation>
    </message>
    <message>
        <source>a price has no model.</source>
        <translation>un prix n&apos;a pas de modèle.</translation>
    </message>
    <message>
        <source>the prices of %1 must be numbers.</source>
        <translation>les prix de %1 doivent être des nombres.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export SQL…</source>
        <translation>&amp;Exporter en SQL…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>A&amp;juster à la vue</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Mini-carte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>Disposition &amp;automatique</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Available once the live runtime is built into the designer.</source>
        <translation>Disponible dès que l&apos;environnement d&apos;exécution en direct est intégré au concepteur.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Sandbox Cluster…</source>
        <translation>Cluster &amp;sandbox…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Pipewright</source>
        <translation>À &amp;propos de Pipewright</translation>
    </message>
    <message>
        <source>About Pipewright</source>
        <translation>À propos de Pipewright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pipewright %1&lt;/h3&gt;&lt;p&gt;Design Kafka event pipelines with LLM steps as node graphs, run them live and export them as ksqlDB or Flink SQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pipewright %1&lt;/h3&gt;&lt;p&gt;Concevez des pipelines d&apos;événements Kafka avec des étapes LLM sous forme de graphes de nœuds, exécutez-les en direct et exportez-les en ksqlDB ou en Flink SQL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Exemples</translation>
    </message>
    <message>
        <source>%1[*] — Pipewright</source>
        <translation>%1[*] — Pipewright</translation>
    </message>
    <message>
        <source>(no examples found)</source>
        <translation>(aucun exemple trouvé)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Cannot open pipeline</source>
        <translation>Impossible d&apos;ouvrir le pipeline</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Ouvrir un pipeline</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.json *.json);;All files (*)</source>
        <translation>Pipelines (*.pipeline.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot save pipeline</source>
        <translation>Impossible d&apos;enregistrer le pipeline</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation>Enregistrer le pipeline</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.json)</source>
        <translation>Pipelines (*.pipeline.json)</translation>
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
        <translation>Exporter en SQL</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialecte :</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>Scripts SQL (*.sql)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Exported with problems</source>
        <translation>Exporté avec des problèmes</translation>
    </message>
    <message>
        <source>The script was written, but some steps cannot be expressed in %1:
%2</source>
        <translation>Le script a été écrit, mais certaines étapes ne peuvent pas être exprimées en %1 :
%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>The pipeline is valid.</source>
        <translation>Le pipeline est valide.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>%n erreur trouvée.</numerusform>
            <numerusform>%n erreurs trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation>Pipeline sans titre</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Pipewright did not exit cleanly last time. Restore the unsaved changes of:

%1</source>
        <translation>Pipewright ne s&apos;est pas fermé correctement la dernière fois. Restaurer les modifications non enregistrées de :

%1</translation>
    </message>
    <message>
        <source>Kafka clusters, LLM endpoints, Schema Registries, databases, theme, language and recovery interval</source>
        <translation>Clusters Kafka, points de terminaison LLM, Schema Registries, bases de données, thème, langue et intervalle de récupération</translation>
    </message>
    <message>
        <source>New from E&amp;xample…</source>
        <translation>Nouveau à partir d&apos;un e&amp;xemple…</translation>
    </message>
    <message>
        <source>Sandbox Cluster</source>
        <translation>Cluster sandbox</translation>
    </message>
    <message>
        <source>Running on the sandbox. Give it data: Tools → Sandbox Cluster → temperature-readings → Produce Samples.</source>
        <translation>Exécution sur la sandbox. Pour l&apos;alimenter en données&#xa0;: Outils → Cluster sandbox → temperature-readings → Produire des exemples.</translation>
    </message>
    <message>
        <source>Describe the pipeline in the Assistant, e.g. &quot;read orders, keep those above 100 €, write them to big-orders&quot;, then Generate.</source>
        <translation>Décrivez le pipeline dans l&apos;assistant, p. ex. «&#xa0;lire orders, garder celles au-dessus de 100 €, les écrire dans big-orders&#xa0;», puis cliquez sur Générer.</translation>
    </message>
</context>
<context>
    <name>MinimapWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d&apos;ensemble : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>NodeStyle</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformations</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Destinations</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Search nodes…</source>
        <translation>Rechercher des nœuds…</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>This node has no inputs</source>
        <translation>Ce nœud n&apos;a pas d&apos;entrée</translation>
    </message>
    <message>
        <source>This node has no outputs</source>
        <translation>Ce nœud n&apos;a pas de sortie</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Unknown node kind &quot;%1&quot;</source>
        <translation>Type de nœud inconnu « %1 »</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation>
            <numerusform>%n nœud copié</numerusform>
            <numerusform>%n nœuds copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Impossible de coller : %1</translation>
    </message>
    <message>
        <source>not a pipeline</source>
        <translation>ce n&apos;est pas un pipeline</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Déposer</translation>
    </message>
</context>
<context>
    <name>ProfileListPage</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1: a profile needs a name.</source>
        <translation>%1&#xa0;: un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1: two profiles are called %2.</source>
        <translation>%1&#xa0;: deux profils s&apos;appellent %2.</translation>
    </message>
    <message>
        <source>%1: %2 must be a secret reference (env:NAME or keychain:NAME), not a value.</source>
        <translation>%1&#xa0;: %2 doit être une référence de secret (env:NAME ou keychain:NAME), pas une valeur.</translation>
    </message>
    <message>
        <source>%1: %2 is required.</source>
        <translation>%1&#xa0;: %2 est obligatoire.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Unknown node kind: its parameters cannot be edited here.</source>
        <translation>Type de nœud inconnu : ses paramètres ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>Renommer le nœud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Groupe de consommateurs</translation>
    </message>
    <message>
        <source>default: the pipeline name</source>
        <translation>par défaut : le nom du pipeline</translation>
    </message>
    <message>
        <source>Dead-letter topic</source>
        <translation>Topic de lettres mortes</translation>
    </message>
    <message>
        <source>Change Pipeline Settings</source>
        <translation>Modifier les paramètres du pipeline</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>At least once</source>
        <translation>Au moins une fois</translation>
    </message>
    <message>
        <source>Exactly once (Kafka transactions)</source>
        <translation>Exactement une fois (transactions Kafka)</translation>
    </message>
    <message>
        <source>Exactly once commits each batch&apos;s outputs, dead letters and consumed offsets in one Kafka transaction: a crash neither loses nor repeats results for readers with isolation.level=read_committed. Database sinks, aggregates and dedupe cannot take part.</source>
        <translation>Exactement une fois valide les sorties, lettres mortes et offsets consommés de chaque lot dans une seule transaction Kafka : un plantage ne fait ni perdre ni répéter de résultats pour les lecteurs avec isolation.level=read_committed. Les sinks de base de données, les agrégats et la déduplication ne peuvent pas y participer.</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
</context>
<context>
    <name>QuickAddPopup</name>
    <message>
        <source>Add node…</source>
        <translation>Ajouter un nœud…</translation>
    </message>
</context>
<context>
    <name>RecordPeekDock</name>
    <message>
        <source>Edge Peek</source>
        <translation>Aperçu de liaison</translation>
    </message>
    <message>
        <source>Select an edge (or right-click it → Peek at Records) to see the latest records that passed along it during the run.</source>
        <translation>Sélectionnez une liaison (ou clic droit dessus → Voir les enregistrements) pour afficher les derniers enregistrements qui l&apos;ont traversée pendant l&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 — waiting for records</source>
        <translation>%1 — en attente d&apos;enregistrements</translation>
    </message>
    <message>
        <source>%1 — no records yet</source>
        <translation>%1 — aucun enregistrement pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 — latest %n record(s), newest last</source>
        <translation>
            <numerusform>%1 — dernier enregistrement (%n), le plus récent en bas</numerusform>
            <numerusform>%1 — %n derniers enregistrements, le plus récent en bas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBadgeItem</name>
    <message>
        <source>in %1 · out %2 · %3/s</source>
        <translation>entrée %1 · sortie %2 · %3/s</translation>
    </message>
    <message>
        <source>filtered %1</source>
        <translation>filtrés %1</translation>
    </message>
    <message>
        <source>dlq %1</source>
        <translation>DLQ %1</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>erreurs %1</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>appels %1</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>cache %1</translation>
    </message>
    <message>
        <source>%1 tok · $%2</source>
        <translation>%1 jetons · $%2</translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation>reprises %1</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Run the pipeline against the sandbox or the active connection profile</source>
        <translation>Exécuter le pipeline sur la sandbox ou le profil de connexion actif</translation>
    </message>
    <message>
        <source>Stop the run gracefully: in-flight messages are acknowledged and offsets committed</source>
        <translation>Arrêter l&apos;exécution proprement : les messages en cours sont acquittés et les offsets validés</translation>
    </message>
    <message>
        <source>Start, stop and inspect the embedded Kafka cluster</source>
        <translation>Démarrer, arrêter et inspecter le cluster Kafka intégré</translation>
    </message>
    <message>
        <source>&amp;Topic Browser</source>
        <translation>Navigateur de &amp;topics</translation>
    </message>
    <message>
        <source>The sandbox cluster is not running.</source>
        <translation>Le cluster sandbox n&apos;est pas démarré.</translation>
    </message>
    <message>
        <source>sandbox %1</source>
        <translation>sandbox %1</translation>
    </message>
    <message>
        <source>Checking topics on %1…</source>
        <translation>Vérification des topics sur %1…</translation>
    </message>
    <message>
        <source>Create Topics</source>
        <translation>Créer les topics</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox has no topic %1.

Create it with %n partition(s)? The run then waits for messages on it.</source>
        <translation>
            <numerusform>La sandbox n&apos;a pas de topic %1.

Le créer avec %n partition ? L&apos;exécution attend ensuite des messages dessus.</numerusform>
            <numerusform>La sandbox n&apos;a pas de topic %1.

Le créer avec %n partitions ? L&apos;exécution attend ensuite des messages dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created topic %1 on the sandbox.</source>
        <translation>Topic %1 créé sur la sandbox.</translation>
    </message>
    <message>
        <source>Topic %1 does not exist on %2; the run waits for it.</source>
        <translation>Le topic %1 n&apos;existe pas sur %2 ; l&apos;exécution l&apos;attend.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot run: %n problem(s)</source>
        <translation>
            <numerusform>Exécution impossible : %n problème</numerusform>
            <numerusform>Exécution impossible : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline cannot run; see the Run panel.</source>
        <translation>Le pipeline ne peut pas être exécuté ; voir le panneau Exécution.</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>Démarré sur %1.</translation>
    </message>
    <message>
        <source>Stopping… (draining in-flight messages)</source>
        <translation>Arrêt en cours… (vidage des messages en cours)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Running on %1 — %2 in · %3 msg/s</source>
        <translation>En cours sur %1 — %2 en entrée · %3 msg/s</translation>
    </message>
    <message numerus="yes">
        <source>Stopping… %n in flight</source>
        <translation>
            <numerusform>Arrêt… %n en cours</numerusform>
            <numerusform>Arrêt… %n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>L&apos;exécution a échoué : %1</translation>
    </message>
    <message>
        <source>Run finished — %1 in, %2</source>
        <translation>Exécution terminée — %1 en entrée, %2</translation>
    </message>
    <message>
        <source>balanced ✓</source>
        <translation>équilibré ✓</translation>
    </message>
    <message>
        <source>NOT balanced ✗</source>
        <translation>NON équilibré ✗</translation>
    </message>
    <message>
        <source>%1 (%2) → %3</source>
        <translation>%1 (%2) → %3</translation>
    </message>
    <message>
        <source>Peek at Records</source>
        <translation>Voir les enregistrements</translation>
    </message>
    <message>
        <source>Run the pipeline first</source>
        <translation>Exécutez d&apos;abord le pipeline</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>Échantillonnage de %1…</translation>
    </message>
    <message>
        <source>Add Source %1</source>
        <translation>Ajouter la source %1</translation>
    </message>
    <message>
        <source>Added a source for %1; the topic is empty, so no schema was sampled.</source>
        <translation>Source ajoutée pour %1 ; le topic est vide, aucun schéma n&apos;a donc été échantillonné.</translation>
    </message>
    <message>
        <source>Added a source for %1 as string messages (the samples are not JSON objects).</source>
        <translation>Source ajoutée pour %1 sous forme de messages texte (les échantillons ne sont pas des objets JSON).</translation>
    </message>
    <message numerus="yes">
        <source>Added a source for %1 with %n field(s) sampled from its messages.</source>
        <translation>
            <numerusform>Source ajoutée pour %1 avec %n champ échantillonné dans ses messages.</numerusform>
            <numerusform>Source ajoutée pour %1 avec %n champs échantillonnés dans ses messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSummaryWidget</name>
    <message>
        <source>Not running. Pipeline → Run (F5) starts the pipeline.</source>
        <translation>Pas en cours d&apos;exécution. Pipeline → Exécuter (F5) démarre le pipeline.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Stopping (draining in-flight messages)</source>
        <translation>Arrêt en cours (vidage des messages en cours)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 out + %2 filtered + %3 dead-lettered</source>
        <translation>%1 en sortie + %2 filtrés + %3 en lettres mortes</translation>
    </message>
    <message>
        <source> + %1 skipped</source>
        <translation> + %1 ignorés</translation>
    </message>
    <message>
        <source> + %1 stored</source>
        <translation> + %1 stockés</translation>
    </message>
    <message>
        <source> + %1 failed</source>
        <translation> + %1 en échec</translation>
    </message>
    <message>
        <source>In flight: %1 — %2 in, %3 so far</source>
        <translation>En cours : %1 — %2 en entrée, %3 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Balanced ✓ %1 in = %2</source>
        <translation>Équilibré ✓ %1 en entrée = %2</translation>
    </message>
    <message>
        <source>NOT balanced ✗ %1 in ≠ %2</source>
        <translation>NON équilibré ✗ %1 en entrée ≠ %2</translation>
    </message>
    <message>
        <source>Input %1 · output %2 · filtered %3 · dead-lettered %4 · skipped %5 · produced %6 · %7 msg/s</source>
        <translation>Entrée %1 · sortie %2 · filtrés %3 · lettres mortes %4 · ignorés %5 · produits %6 · %7 msg/s</translation>
    </message>
    <message>
        <source>LLM: %1 calls · %2 cache hits · %3 prompt + %4 completion tokens · cost $%5 (estimated $%6)</source>
        <translation>LLM : %1 appels · %2 succès de cache · %3 jetons d&apos;invite + %4 jetons de complétion · coût $%5 (estimé $%6)</translation>
    </message>
</context>
<context>
    <name>SandboxController</name>
    <message>
        <source>Cannot start the sandbox cluster: %1</source>
        <translation>Impossible de démarrer le cluster sandbox : %1</translation>
    </message>
    <message>
        <source>The sandbox cluster is not running.</source>
        <translation>Le cluster sandbox n&apos;est pas démarré.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown sample generator %1.</source>
        <translation>Générateur d&apos;exemples inconnu %1.</translation>
    </message>
    <message>
        <source>Started. Any Kafka client can connect to %1.</source>
        <translation>Démarré. Tout client Kafka peut se connecter à %1.</translation>
    </message>
    <message>
        <source>Stopped; its topics are gone.</source>
        <translation>Arrêté ; ses topics ont disparu.</translation>
    </message>
    <message numerus="yes">
        <source>Producing %n record(s) into %1…</source>
        <translation>
            <numerusform>Production de %n enregistrement dans %1…</numerusform>
            <numerusform>Production de %n enregistrements dans %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Produced %n record(s) into %1.</source>
        <translation>
            <numerusform>%n enregistrement produit dans %1.</numerusform>
            <numerusform>%n enregistrements produits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created topic %1 with %n partition(s).</source>
        <translation>
            <numerusform>Topic %1 créé avec %n partition.</numerusform>
            <numerusform>Topic %1 créé avec %n partitions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Create Topic</source>
        <translation>Créer un topic</translation>
    </message>
    <message>
        <source> records</source>
        <translation> enregistrements</translation>
    </message>
    <message>
        <source>Produce Samples</source>
        <translation>Produire des exemples</translation>
    </message>
    <message>
        <source>Write records of a built-in sample generator to the selected topic</source>
        <translation>Écrire les enregistrements d&apos;un générateur d&apos;exemples intégré dans le topic sélectionné</translation>
    </message>
    <message>
        <source>Sandbox Cluster</source>
        <translation>Cluster sandbox</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>nom du topic</translation>
    </message>
    <message>
        <source>partitions: </source>
        <translation>partitions : </translation>
    </message>
    <message>
        <source>An embedded Kafka cluster (librdkafka&apos;s mock cluster) on this machine. Runs use it when no connection profile is active; any Kafka client can connect to its bootstrap address. Its topics live in memory until it stops.</source>
        <translation>Un cluster Kafka intégré (le cluster fictif de librdkafka) sur cette machine. Les exécutions l&apos;utilisent quand aucun profil de connexion n&apos;est actif ; tout client Kafka peut se connecter à son adresse bootstrap. Ses topics restent en mémoire jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Serveurs bootstrap :</translation>
    </message>
    <message>
        <source>Into the selected topic:</source>
        <translation>Dans le topic sélectionné :</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stop Sandbox</source>
        <translation>Arrêter la sandbox</translation>
    </message>
    <message>
        <source>Start Sandbox</source>
        <translation>Démarrer la sandbox</translation>
    </message>
</context>
<context>
    <name>SchemaRegistryPage</name>
    <message>
        <source>Registry %1</source>
        <translation>Registre %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Schema Registries</source>
        <translation>Schema Registries</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A Confluent-compatible Schema Registry</source>
        <translation>Un Schema Registry compatible Confluent</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://.</source>
        <translation>l&apos;URL doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>For HTTP basic authentication; empty = none</source>
        <translation>Pour l&apos;authentification HTTP Basic&#xa0;; vide = aucune</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable d&apos;environnement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Keychain: the secret is stored in the operating system&apos;s keychain.
Environment variable: the secret is read from that variable when a connection starts.
Either way only a reference is saved in the settings.</source>
        <translation>Trousseau : le secret est stocké dans le trousseau du système d&apos;exploitation.
Variable d&apos;environnement : le secret est lu dans cette variable au début d&apos;une connexion.
Dans les deux cas, seule une référence est enregistrée dans les paramètres.</translation>
    </message>
    <message>
        <source>Secret (stored in the keychain on OK)</source>
        <translation>Secret (stocké dans le trousseau en validant)</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Stocké dans le trousseau ; saisissez pour le remplacer</translation>
    </message>
    <message>
        <source>Variable name, e.g. KAFKA_PASSWORD</source>
        <translation>Nom de variable, p. ex. KAFKA_PASSWORD</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>Aucun secret</translation>
    </message>
    <message>
        <source>Enter the name of an environment variable (letters, digits and _).</source>
        <translation>Saisissez le nom d&apos;une variable d&apos;environnement (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>Enter the secret to store in the keychain.</source>
        <translation>Saisissez le secret à stocker dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1: the environment variable %2 is not set.</source>
        <translation>%1 : la variable d&apos;environnement %2 n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>%1: cannot read the keychain entry (%2). Store the secret again in Settings, or use an env:NAME reference.</source>
        <translation>%1 : impossible de lire l&apos;entrée du trousseau (%2). Enregistrez de nouveau le secret dans les Paramètres ou utilisez une référence env:NOM.</translation>
    </message>
    <message>
        <source>The value is not a secret reference; write env:NAME or keychain:NAME.</source>
        <translation>La valeur n&apos;est pas une référence de secret ; écrivez env:NOM ou keychain:NOM.</translation>
    </message>
    <message>
        <source>Cannot store the secret %1 in the keychain: %2. Enter an environment variable reference (env:NAME) instead; the secret is not saved anywhere else.</source>
        <translation>Impossible de stocker le secret %1 dans le trousseau : %2. Saisissez plutôt une référence de variable d&apos;environnement (env:NOM) ; le secret n&apos;est enregistré nulle part ailleurs.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>SqlPreviewDock</name>
    <message>
        <source>SQL Preview</source>
        <translation>Aperçu SQL</translation>
    </message>
    <message>
        <source>Flink: &apos;properties.bootstrap.servers&apos; of every Kafka table</source>
        <translation>Flink : &apos;properties.bootstrap.servers&apos; de chaque table Kafka</translation>
    </message>
    <message>
        <source>Confluent Cloud model options</source>
        <translation>Options de modèle Confluent Cloud</translation>
    </message>
    <message>
        <source>Flink: emit Confluent Cloud&apos;s CREATE CONNECTION and model options instead of open-source Flink 2.1&apos;s</source>
        <translation>Flink : générer le CREATE CONNECTION et les options de modèle de Confluent Cloud au lieu de ceux de Flink 2.1 open source</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>ksqlDB has no LLM functions: name a deployed user-defined function to call for LLM steps, or leave empty to report them as not expressible</source>
        <translation>ksqlDB n&apos;a pas de fonctions LLM : indiquez une fonction définie par l&apos;utilisateur déployée à appeler pour les étapes LLM, ou laissez vide pour les signaler comme non exprimables</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Serveurs bootstrap :</translation>
    </message>
    <message>
        <source>ksqlDB LLM UDF:</source>
        <translation>UDF LLM ksqlDB :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation>Copier tout le script dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the script to a .sql file</source>
        <translation>Écrire le script dans un fichier .sql</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Options d&apos;exportation</translation>
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
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Cannot be expressed</source>
        <translation>Non exprimable</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>(pipeline)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) cannot be expressed in this dialect</source>
        <translation>
            <numerusform>%n étape ne peut pas être exprimée dans ce dialecte</numerusform>
            <numerusform>%n étapes ne peuvent pas être exprimées dans ce dialecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 script (%n line(s)).</source>
        <translation>
            <numerusform>Script %1 copié (%n ligne).</numerusform>
            <numerusform>Script %1 copié (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SQL</source>
        <translation>Exporter en SQL</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>Scripts SQL (*.sql);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1, but %n step(s) cannot be expressed: see the list above.</source>
        <translation>
            <numerusform>Exporté vers %1, mais %n étape ne peut pas être exprimée : voir la liste ci-dessus.</numerusform>
            <numerusform>Exporté vers %1, mais %n étapes ne peuvent pas être exprimées : voir la liste ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Connector configuration(s) beside it: %1.</source>
        <translation>Configuration(s) de connecteur à côté : %1.</translation>
    </message>
</context>
<context>
    <name>TestCaseDiffView</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Select a difference to compare the expected with the actual records.</source>
        <translation>Sélectionnez une différence pour comparer les enregistrements attendus et réels.</translation>
    </message>
    <message>
        <source>Select a test case to see what it checks and what differs.</source>
        <translation>Sélectionnez un cas de test pour voir ce qu’il vérifie et ce qui diffère.</translation>
    </message>
    <message>
        <source>%1: not run yet.</source>
        <translation>%1 : pas encore exécuté.</translation>
    </message>
    <message numerus="yes">
        <source>%1: passed (%n expectation(s) hold).</source>
        <translation>
            <numerusform>%1 : réussi (%n attente satisfaite).</numerusform>
            <numerusform>%1 : réussi (%n attentes satisfaites).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: failed (%n expectation(s) not met).</source>
        <translation>
            <numerusform>%1 : échec (%n attente non satisfaite).</numerusform>
            <numerusform>%1 : échec (%n attentes non satisfaites).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: could not run (%n error(s)).</source>
        <translation>
            <numerusform>%1 : n’a pas pu s’exécuter (%n erreur).</numerusform>
            <numerusform>%1 : n’a pas pu s’exécuter (%n erreurs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit the pipeline (%n error(s)); no case ran.</source>
        <translation>
            <numerusform>%1 ne correspond pas au pipeline (%n erreur) ; aucun cas n’a été exécuté.</numerusform>
            <numerusform>%1 ne correspond pas au pipeline (%n erreurs) ; aucun cas n’a été exécuté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected at %1:</source>
        <translation>Attendu à %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Actual (%n record(s)):</source>
        <translation>
            <numerusform>Réel (%n enregistrement) :</numerusform>
            <numerusform>Réel (%n enregistrements) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCaseEditorDialog</name>
    <message>
        <source>Expect Current Output</source>
        <translation>Attendre la sortie actuelle</translation>
    </message>
    <message>
        <source>New Test Case</source>
        <translation>Nouveau cas de test</translation>
    </message>
    <message>
        <source>Edit Test Case</source>
        <translation>Modifier le cas de test</translation>
    </message>
    <message>
        <source>what the case shows, e.g. &quot;readings above 100 raise an alert&quot;</source>
        <translation>ce que montre le cas, p. ex. « les mesures au-dessus de 100 déclenchent une alerte »</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Run the case now and take what reaches each sink and dead-letter path as its expectations (review them before saving)</source>
        <translation>Exécuter le cas maintenant et prendre ce qui atteint chaque sink et chaque chemin de lettres mortes comme attentes (à relire avant d’enregistrer)</translation>
    </message>
    <message>
        <source>The pipeline has no source node to feed.</source>
        <translation>Le pipeline n’a aucun nœud source à alimenter.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>[{&quot;node&quot;: &quot;SINK&quot;, &quot;records&quot;: [...]}] — or Expect Current Output</source>
        <translation>[{&quot;node&quot;: &quot;SINK&quot;, &quot;records&quot;: [...]}] — ou « Attendre la sortie actuelle »</translation>
    </message>
    <message>
        <source>[{&quot;node&quot;: &quot;AI STEP&quot;, &quot;prompt&quot;: &quot;text in the prompt&quot;, &quot;answer&quot;: ...}]</source>
        <translation>[{&quot;node&quot;: &quot;ÉTAPE IA&quot;, &quot;prompt&quot;: &quot;texte du prompt&quot;, &quot;answer&quot;: ...}]</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>One record per line: the value as JSON, or {&quot;value&quot;: …, &quot;key&quot;: …, &quot;headers&quot;: {…}, &quot;timestamp&quot;: …}.</source>
        <translation>Un enregistrement par ligne : la valeur en JSON, ou {&quot;value&quot;: …, &quot;key&quot;: …, &quot;headers&quot;: {…}, &quot;timestamp&quot;: …}.</translation>
    </message>
    <message>
        <source>Expectations (per sink, output port or dead-letter path):</source>
        <translation>Attentes (par sink, port de sortie ou chemin de lettres mortes) :</translation>
    </message>
    <message>
        <source>Input records per source:</source>
        <translation>Enregistrements d’entrée par source :</translation>
    </message>
    <message>
        <source>LLM fixtures (answers by node and prompt text, so no test calls a model):</source>
        <translation>Fixtures LLM (réponses par nœud et texte du prompt, pour qu’aucun test n’appelle de modèle) :</translation>
    </message>
    <message numerus="yes">
        <source>Reads %n record(s) from %1; edit that file to change them.</source>
        <translation>
            <numerusform>Lit %n enregistrement depuis %1 ; modifiez ce fichier pour le changer.</numerusform>
            <numerusform>Lit %n enregistrements depuis %1 ; modifiez ce fichier pour les changer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case needs a name.</source>
        <translation>Le cas doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another case is called &quot;%1&quot;; names must be unique.</source>
        <translation>Un autre cas s’appelle « %1 » ; les noms doivent être uniques.</translation>
    </message>
    <message>
        <source>Source %1, line %2: not JSON: %3</source>
        <translation>Source %1, ligne %2 : pas du JSON : %3</translation>
    </message>
    <message>
        <source>%1: a JSON array [ … ] is expected.</source>
        <translation>%1 : un tableau JSON [ … ] est attendu.</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1 : pas du JSON : %2</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <source>LLM fixtures</source>
        <translation>Fixtures LLM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The case cannot run:</source>
        <translation>Le cas ne peut pas s’exécuter :</translation>
    </message>
</context>
<context>
    <name>TestResultLabel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestsDock</name>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Run All &amp;Tests</source>
        <translation>Exécuter tous les &amp;tests</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Run every case of the pipeline&apos;s test file now (Ctrl+Shift+T)</source>
        <translation>Exécuter maintenant tous les cas du fichier de tests du pipeline (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Add Test Case…</source>
        <translation>&amp;Ajouter un cas de test…</translation>
    </message>
    <message>
        <source>Write input records for the sources and what the sinks must receive</source>
        <translation>Écrire des enregistrements d’entrée pour les sources et ce que les sinks doivent recevoir</translation>
    </message>
    <message>
        <source>&amp;Edit Test Case…</source>
        <translation>&amp;Modifier le cas de test…</translation>
    </message>
    <message>
        <source>&amp;Remove Test Case</source>
        <translation>&amp;Supprimer le cas de test</translation>
    </message>
    <message>
        <source>Save Run as Test &amp;Case…</source>
        <translation>Enregistrer l’exécution comme &amp;cas de test…</translation>
    </message>
    <message>
        <source>A new case from the records the live run last read at each source; what the pipeline makes of them becomes its expectations</source>
        <translation>Un nouveau cas à partir des derniers enregistrements lus par l’exécution à chaque source ; ce que le pipeline en fait devient ses attentes</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Cas de test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation>Supprimer le cas de test</translation>
    </message>
    <message>
        <source>Remove the test case &quot;%1&quot; from %2?</source>
        <translation>Supprimer le cas de test « %1 » de %2 ?</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message numerus="yes">
        <source>failed (%n difference(s))</source>
        <translation>
            <numerusform>échec (%n différence)</numerusform>
            <numerusform>échec (%n différences)</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No test cases. Add one; save the pipeline to keep its tests beside it.</source>
        <translation>Aucun cas de test. Ajoutez-en un ; enregistrez le pipeline pour garder ses tests à côté.</translation>
    </message>
    <message>
        <source>No test cases in %1. Add Test Case writes the first.</source>
        <translation>Aucun cas de test dans %1. « Ajouter un cas de test » écrit le premier.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n test case(s)…</source>
        <translation>
            <numerusform>Exécution de %n cas de test…</numerusform>
            <numerusform>Exécution de %n cas de test…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit the pipeline: %n error(s), no case ran.</source>
        <translation>
            <numerusform>%1 ne correspond pas au pipeline : %n erreur, aucun cas exécuté.</numerusform>
            <numerusform>%1 ne correspond pas au pipeline : %n erreurs, aucun cas exécuté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n test case(s) pass.</source>
        <translation>
            <numerusform>Le %n cas de test réussit.</numerusform>
            <numerusform>Les %n cas de test réussissent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test case(s) failed.</source>
        <translation>
            <numerusform>%1 cas de test sur %n a échoué.</numerusform>
            <numerusform>%1 cas de test sur %n ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pipeline to keep its tests.</source>
        <translation>Enregistrez le pipeline pour garder ses tests.</translation>
    </message>
    <message>
        <source>Re-running…</source>
        <translation>Nouvelle exécution…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>A test case called &quot;%1&quot; exists already.</source>
        <translation>Un cas de test nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Saved from a live run.</source>
        <translation>Enregistré depuis une exécution en direct.</translation>
    </message>
    <message>
        <source>The run has no records at its sources to save.</source>
        <translation>L’exécution n’a aucun enregistrement à ses sources à enregistrer.</translation>
    </message>
    <message>
        <source>The records cannot be replayed as a test: %1</source>
        <translation>Les enregistrements ne peuvent pas être rejoués comme test : %1</translation>
    </message>
    <message>
        <source>Save Run as Test Case</source>
        <translation>Enregistrer l’exécution comme cas de test</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) last read at the sources become the inputs. Name of the new case:</source>
        <translation>
            <numerusform>%n enregistrement lu en dernier aux sources devient l’entrée. Nom du nouveau cas :</numerusform>
            <numerusform>%n enregistrements lus en dernier aux sources deviennent les entrées. Nom du nouveau cas :</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded run</source>
        <translation>exécution enregistrée</translation>
    </message>
</context>
<context>
    <name>TextParameterEditor</name>
    <message>
        <source>e.g. 500ms, 10s, 1m, 2h, 1d</source>
        <translation>p. ex. 500ms, 10s, 1m, 2h, 1d</translation>
    </message>
    <message>
        <source>env:NAME or keychain:NAME</source>
        <translation>env:NOM ou keychain:NOM</translation>
    </message>
</context>
<context>
    <name>TopicBrowserDock</name>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Use as Source</source>
        <translation>Utiliser comme source</translation>
    </message>
    <message>
        <source>Add a Kafka source for this topic, its schema sampled from the latest messages</source>
        <translation>Ajouter une source Kafka pour ce topic, son schéma échantillonné à partir des derniers messages</translation>
    </message>
    <message>
        <source>Not connected. Start the sandbox (Tools → Sandbox Cluster) or choose a connection profile.</source>
        <translation>Non connecté. Démarrez la sandbox (Outils → Cluster sandbox) ou choisissez un profil de connexion.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>  key %1</source>
        <translation>  clé %1</translation>
    </message>
    <message>
        <source>// %1 has no messages yet</source>
        <translation>// %1 n&apos;a encore aucun message</translation>
    </message>
    <message>
        <source>First offset: the oldest message a partition still keeps. %1</source>
        <translation>Premier offset&#xa0;: le plus ancien message qu&apos;une partition conserve encore. %1</translation>
    </message>
</context>
<context>
    <name>TopicTree</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>partition %1</translation>
    </message>
    <message>
        <source>Offsets (first … next)</source>
        <translation>Offsets (premier … suivant)</translation>
    </message>
    <message>
        <source>First: the oldest offset the partition still keeps (its log start offset). Next: the offset the next message gets.</source>
        <translation>Premier&#xa0;: le plus ancien offset que la partition conserve encore (son log start offset). Suivant&#xa0;: l&apos;offset que recevra le prochain message.</translation>
    </message>
    <message>
        <source>A sandbox partition keeps the newest 5 MiB of record batches (at most 100,000 batches) and drops older messages; its first offset shows where it starts. Produce Samples compresses with lz4 and keeps 200,000 IoT readings; other producers should compress too (kcat -z lz4).</source>
        <translation>Une partition sandbox conserve les 5 Mio de lots d&apos;enregistrements les plus récents (100&#xa0;000 lots au plus) et supprime les messages plus anciens&#xa0;; son premier offset indique où elle commence. «&#xa0;Produire des exemples&#xa0;» compresse avec lz4 et conserve 200&#xa0;000 relevés IoT&#xa0;; les autres producteurs devraient aussi compresser (kcat -z lz4).</translation>
    </message>
    <message>
        <source>Offsets 0 … %1 are no longer kept (retention; the sandbox keeps only the newest 5 MiB per partition).</source>
        <translation>Les offsets 0 … %1 ne sont plus conservés (rétention&#xa0;; la sandbox ne conserve que les 5 Mio les plus récents par partition).</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>No recent files yet.</source>
        <translation>Aucun fichier récent pour l&apos;instant.</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Run an example on the sandbox</source>
        <translation>Exécuter un exemple sur la sandbox</translation>
    </message>
    <message>
        <source>Opens the IoT example on the embedded Kafka cluster and starts it; then Produce Samples.</source>
        <translation>Ouvre l&apos;exemple IoT sur le cluster Kafka intégré et le démarre&#xa0;; ensuite, «&#xa0;Produire des exemples&#xa0;».</translation>
    </message>
    <message>
        <source>Describe a pipeline to the assistant</source>
        <translation>Décrire un pipeline à l&apos;assistant</translation>
    </message>
    <message>
        <source>Say in plain words what should happen to your events; the assistant draws it.</source>
        <translation>Dites simplement ce qui doit arriver à vos événements&#xa0;; l&apos;assistant le dessine.</translation>
    </message>
    <message>
        <source>Welcome to Pipewright</source>
        <translation>Bienvenue dans Pipewright</translation>
    </message>
    <message>
        <source>Design Kafka event pipelines as node graphs, run them live on the sandbox and export them as ksqlDB or Flink SQL.</source>
        <translation>Concevez des pipelines d&apos;événements Kafka sous forme de graphes de nœuds, exécutez-les en direct sur la sandbox et exportez-les en ksqlDB ou Flink SQL.</translation>
    </message>
    <message>
        <source>Try first</source>
        <translation>À essayer d&apos;abord</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Kafka source</source>
        <translation>Source Kafka</translation>
    </message>
    <message>
        <source>Consumes records from a Kafka topic. Declare the record fields so later steps can check their expressions, or leave the schema empty to use any field.</source>
        <translation>Consomme les enregistrements d&apos;un topic Kafka. Déclarez les champs des enregistrements pour que les étapes suivantes puissent vérifier leurs expressions, ou laissez le schéma vide pour utiliser n&apos;importe quel champ.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Every record consumed from the topic.</source>
        <translation>Chaque enregistrement consommé depuis le topic.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Name of the Kafka topic to consume, e.g. iot.readings.</source>
        <translation>Nom du topic Kafka à consommer, p. ex. iot.readings.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>json parses each value as a JSON object whose members are the record fields; string passes key and value through as the text fields key and value; avro decodes Confluent&apos;s Avro wire format (magic byte, schema id) with the writer schema from the Schema Registry.</source>
        <translation>json analyse chaque valeur comme un objet JSON dont les membres sont les champs de l&apos;enregistrement ; string transmet la clé et la valeur comme champs texte key et value ; avro décode le format Avro de Confluent (octet magique, identifiant de schéma) avec le schéma d&apos;écriture issu du Schema Registry.</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Name of the Schema Registry profile (URL and credentials reference, set in the settings or with pipewright-cli run --schema-registry NAME=URL) that holds the topic&apos;s Avro schemas.</source>
        <translation>Nom du profil Schema Registry (URL et référence des identifiants, définis dans les paramètres ou avec pipewright-cli run --schema-registry NOM=URL) qui contient les schémas Avro du topic.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>The fields of each record (name, type, sensitive for personal data). Empty: fields are not checked until a sample of the topic has been read.</source>
        <translation>Les champs de chaque enregistrement (nom, type, sensible pour les données personnelles). Vide : les champs ne sont vérifiés qu&apos;après la lecture d&apos;un échantillon du topic.</translation>
    </message>
    <message>
        <source>Start offset</source>
        <translation>Offset de départ</translation>
    </message>
    <message>
        <source>Where a consumer group without committed offsets starts: earliest reads the whole topic, latest only new records, committed resumes where the group left off and fails when it has no offsets yet.</source>
        <translation>Où commence un groupe de consommateurs sans offsets validés : earliest lit tout le topic, latest uniquement les nouveaux enregistrements, committed reprend là où le groupe s&apos;est arrêté et échoue s&apos;il n&apos;a pas encore d&apos;offsets.</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Groupe de consommateurs</translation>
    </message>
    <message>
        <source>Kafka consumer group id for this source. Empty: the pipeline&apos;s consumer group.</source>
        <translation>Identifiant du groupe de consommateurs Kafka de cette source. Vide : le groupe de consommateurs du pipeline.</translation>
    </message>
    <message>
        <source>Timestamp field</source>
        <translation>Champ d&apos;horodatage</translation>
    </message>
    <message>
        <source>Field holding the event time (epoch milliseconds) used by windows downstream. Empty: the Kafka record timestamp.</source>
        <translation>Champ contenant l&apos;heure de l&apos;événement (millisecondes depuis l&apos;époque) utilisée par les fenêtres en aval. Vide : l&apos;horodatage de l&apos;enregistrement Kafka.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d&apos;exemple</translation>
    </message>
    <message>
        <source>Generates realistic sample records without a Kafka topic, to try a pipeline out.</source>
        <translation>Génère des enregistrements d&apos;exemple réalistes sans topic Kafka, pour essayer un pipeline.</translation>
    </message>
    <message>
        <source>The generated records.</source>
        <translation>Les enregistrements générés.</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <source>Which built-in data set to generate: iot-temperature — Temperature readings from IoT devices: device id, temperature in degrees Fahrenheit, event time. payments — Card payments: payment id, customer id, amount, ISO currency code, event time. flight-events — Flight status changes (scheduled, delayed, cancelled, boarding, landed) per booked customer, with origin, destination and departure time. chat-messages — Chat messages: message id, user id, channel and free text. customers — Customer master data keyed by customer id; email and phone are personal data (sensitive).</source>
        <translation>Le jeu de données intégré à générer : iot-temperature — relevés de température d&apos;appareils IoT : identifiant d&apos;appareil, température en degrés Fahrenheit, heure de l&apos;événement. payments — paiements par carte : identifiant de paiement, identifiant client, montant, code de devise ISO, heure de l&apos;événement. flight-events — changements de statut de vol (scheduled, delayed, cancelled, boarding, landed) par client ayant réservé, avec origine, destination et heure de départ. chat-messages — messages de discussion : identifiant de message, identifiant d&apos;utilisateur, canal et texte libre. customers — données de référence des clients indexées par identifiant client ; l&apos;e-mail et le téléphone sont des données personnelles (sensibles).</translation>
    </message>
    <message>
        <source>Rate (records/s)</source>
        <translation>Débit (enregistrements/s)</translation>
    </message>
    <message>
        <source>Records generated per second; 0 generates as fast as possible.</source>
        <translation>Enregistrements générés par seconde ; 0 génère aussi vite que possible.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Stop after this many records; 0 keeps generating until the pipeline stops.</source>
        <translation>Arrêter après ce nombre d&apos;enregistrements ; 0 continue jusqu&apos;à l&apos;arrêt du pipeline.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Random seed: the same seed produces the same records, so runs are repeatable.</source>
        <translation>Graine aléatoire : la même graine produit les mêmes enregistrements, les exécutions sont donc reproductibles.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Keeps the records for which a condition is TRUE; the others are dropped and counted.</source>
        <translation>Conserve les enregistrements pour lesquels une condition est TRUE ; les autres sont écartés et comptés.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>The records to process.</source>
        <translation>Les enregistrements à traiter.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>The records that pass the condition.</source>
        <translation>Les enregistrements qui satisfont la condition.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>A boolean SQL expression over the record, e.g. temperature &gt; 100 AND device_id LIKE &apos;lab-%&apos;. Records where it is FALSE or NULL are dropped.</source>
        <translation>Une expression SQL booléenne sur l&apos;enregistrement, p. ex. temperature &gt; 100 AND device_id LIKE &apos;lab-%&apos;. Les enregistrements pour lesquels elle vaut FALSE ou NULL sont écartés.</translation>
    </message>
    <message>
        <source>On error</source>
        <translation>En cas d&apos;erreur</translation>
    </message>
    <message>
        <source>What happens to a record this step fails on: dead-letter sends it with the error, node id and source offset to the pipeline&apos;s dead-letter topic; skip drops it (counted); stop halts the pipeline without committing the record&apos;s offset.</source>
        <translation>Ce qu&apos;il advient d&apos;un enregistrement sur lequel cette étape échoue : dead-letter l&apos;envoie avec l&apos;erreur, l&apos;identifiant du nœud et l&apos;offset source vers le topic de lettres mortes du pipeline ; skip l&apos;écarte (compté) ; stop arrête le pipeline sans valider l&apos;offset de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Builds new records with exactly the listed fields, each computed by an expression (select, rename, convert, derive).</source>
        <translation>Construit de nouveaux enregistrements avec exactement les champs listés, chacun calculé par une expression (sélectionner, renommer, convertir, dériver).</translation>
    </message>
    <message>
        <source>Records with the listed fields.</source>
        <translation>Enregistrements avec les champs listés.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>The output fields in order: a name and the expression computing it, e.g. temp_c = (temperature - 32) / 1.8.</source>
        <translation>Les champs de sortie dans l&apos;ordre : un nom et l&apos;expression qui le calcule, p. ex. temp_c = (temperature - 32) / 1.8.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of the output field.</source>
        <translation>Nom du champ de sortie.</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>SQL expression over the input record, e.g. UPPER(country) or amount * 100.</source>
        <translation>Expression SQL sur l&apos;enregistrement d&apos;entrée, p. ex. UPPER(country) ou amount * 100.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Sends each record to the output of the first route whose condition is TRUE, or to else.</source>
        <translation>Envoie chaque enregistrement vers la sortie de la première route dont la condition est TRUE, ou vers else.</translation>
    </message>
    <message>
        <source>else</source>
        <translation>sinon</translation>
    </message>
    <message>
        <source>Records matching no route.</source>
        <translation>Enregistrements ne correspondant à aucune route.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Ordered routes, each a name (its output port) and a boolean condition; the first matching route wins, records matching none go to the else output.</source>
        <translation>Routes ordonnées, chacune avec un nom (son port de sortie) et une condition booléenne ; la première route correspondante l&apos;emporte, les enregistrements sans correspondance vont vers la sortie else.</translation>
    </message>
    <message>
        <source>Name of the route and its output port; unique, not &quot;else&quot;.</source>
        <translation>Nom de la route et de son port de sortie ; unique, différent de &quot;else&quot;.</translation>
    </message>
    <message>
        <source>Boolean SQL expression, e.g. temperature &gt; 132.</source>
        <translation>Expression SQL booléenne, p. ex. temperature &gt; 132.</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Checks every record against named constraints: records meeting all of them leave on valid, the others on invalid with the names of the violated constraints.</source>
        <translation>Vérifie chaque enregistrement par rapport à des contraintes nommées : les enregistrements qui les respectent toutes sortent par valid, les autres par invalid avec les noms des contraintes violées.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valides</translation>
    </message>
    <message>
        <source>Records for which every constraint is TRUE.</source>
        <translation>Enregistrements pour lesquels chaque contrainte est TRUE.</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalides</translation>
    </message>
    <message>
        <source>Records violating at least one constraint (NULL counts as a violation).</source>
        <translation>Enregistrements violant au moins une contrainte (NULL compte comme une violation).</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Named boolean conditions a valid record meets, e.g. in_range: temperature BETWEEN 32 AND 132.</source>
        <translation>Conditions booléennes nommées qu&apos;un enregistrement valide satisfait, p. ex. in_range: temperature BETWEEN 32 AND 132.</translation>
    </message>
    <message>
        <source>Name reported for records violating this constraint.</source>
        <translation>Nom indiqué pour les enregistrements qui violent cette contrainte.</translation>
    </message>
    <message>
        <source>Boolean SQL expression that is TRUE for valid records; NULL counts as a violation.</source>
        <translation>Expression SQL booléenne qui vaut TRUE pour les enregistrements valides ; NULL compte comme une violation.</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Anonymises personal data in flight: redacts, hashes or partially hides the listed fields. Masked fields may then be sent to LLM steps.</source>
        <translation>Anonymise les données personnelles à la volée : caviarde, hache ou masque partiellement les champs listés. Les champs masqués peuvent ensuite être envoyés aux étapes LLM.</translation>
    </message>
    <message>
        <source>The records with the listed fields masked.</source>
        <translation>Les enregistrements avec les champs listés masqués.</translation>
    </message>
    <message>
        <source>The fields to mask and how.</source>
        <translation>Les champs à masquer et la manière.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Field to mask; a dotted path such as customer.email reaches nested fields.</source>
        <translation>Champ à masquer ; un chemin pointé comme customer.email atteint les champs imbriqués.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>redact replaces the value with a fixed marker; hash replaces it with a SHA-256 hex digest (equal values stay joinable); partial hides all but the last characters.</source>
        <translation>redact remplace la valeur par un marqueur fixe ; hash la remplace par une empreinte SHA-256 en hexadécimal (des valeurs égales restent joignables) ; partial masque tout sauf les derniers caractères.</translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation>Garder les derniers</translation>
    </message>
    <message>
        <source>For partial: how many trailing characters stay visible.</source>
        <translation>Pour partial : combien de caractères de fin restent visibles.</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agréger</translation>
    </message>
    <message>
        <source>Groups records by key within time windows and computes count, sum, avg, min or max per group; emits one record per group and window.</source>
        <translation>Regroupe les enregistrements par clé dans des fenêtres temporelles et calcule count, sum, avg, min ou max par groupe ; émet un enregistrement par groupe et par fenêtre.</translation>
    </message>
    <message>
        <source>One record per group and window: group columns, aggregates, window_start, window_end.</source>
        <translation>Un enregistrement par groupe et par fenêtre : colonnes de groupe, agrégats, window_start, window_end.</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>Expressions forming the group key, e.g. customer_id. A field keeps its name as column; other expressions become key_1, key_2, ... Empty: one group for all records.</source>
        <translation>Expressions formant la clé de groupe, p. ex. customer_id. Un champ garde son nom comme colonne ; les autres expressions deviennent key_1, key_2, ... Vide : un seul groupe pour tous les enregistrements.</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Agrégats</translation>
    </message>
    <message>
        <source>The computed columns: a name, a function and the expression it aggregates.</source>
        <translation>Les colonnes calculées : un nom, une fonction et l&apos;expression agrégée.</translation>
    </message>
    <message>
        <source>Name of the output column, e.g. total_amount.</source>
        <translation>Nom de la colonne de sortie, p. ex. total_amount.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>count counts records (or non-NULL values of the expression); sum and avg need a number; min and max work on numbers, strings and timestamps.</source>
        <translation>count compte les enregistrements (ou les valeurs non NULL de l&apos;expression) ; sum et avg exigent un nombre ; min et max fonctionnent sur les nombres, les chaînes et les horodatages.</translation>
    </message>
    <message>
        <source>The value aggregated, e.g. amount. Optional for count.</source>
        <translation>La valeur agrégée, p. ex. amount. Facultative pour count.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>tumbling: fixed, non-overlapping windows of the size; hopping: windows of the size starting every advance; session: a window per key that closes after a gap of inactivity.</source>
        <translation>tumbling : fenêtres fixes de la taille donnée, sans chevauchement ; hopping : fenêtres de la taille donnée commençant à chaque pas d&apos;avance ; session : une fenêtre par clé qui se ferme après un intervalle d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Window length, e.g. 1m or 1h.</source>
        <translation>Longueur de la fenêtre, p. ex. 1m ou 1h.</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>For hopping windows: how far each window starts after the previous one (at most the size).</source>
        <translation>Pour les fenêtres hopping : décalage du début de chaque fenêtre par rapport à la précédente (au plus la taille).</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>For session windows: inactivity after which a key&apos;s session closes.</source>
        <translation>Pour les fenêtres de session : inactivité après laquelle la session d&apos;une clé se ferme.</translation>
    </message>
    <message>
        <source>Time field</source>
        <translation>Champ temporel</translation>
    </message>
    <message>
        <source>Event-time field (timestamp or epoch milliseconds) that assigns records to windows. Empty: processing time.</source>
        <translation>Champ d&apos;heure de l&apos;événement (horodatage ou millisecondes depuis l&apos;époque) qui affecte les enregistrements aux fenêtres. Vide : heure de traitement.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <source>How long a window stays open for late records after it ends.</source>
        <translation>Durée pendant laquelle une fenêtre reste ouverte aux enregistrements tardifs après sa fin.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Jointure</translation>
    </message>
    <message>
        <source>Enriches each stream record with the latest table record of the same key (stream-table lookup join), e.g. flight events with customer data.</source>
        <translation>Enrichit chaque enregistrement du flux avec le dernier enregistrement de la table ayant la même clé (jointure de recherche flux-table), p. ex. des événements de vol avec des données clients.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>The records to enrich; each produces at most one output.</source>
        <translation>Les enregistrements à enrichir ; chacun produit au plus une sortie.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>A table topic: the latest record per key is kept and looked up.</source>
        <translation>Un topic de table : le dernier enregistrement par clé est conservé et consulté.</translation>
    </message>
    <message>
        <source>Stream fields followed by table fields (clashing table names prefixed table_).</source>
        <translation>Champs du flux suivis des champs de la table (les noms de table en conflit sont préfixés par table_).</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clé du flux</translation>
    </message>
    <message>
        <source>Expression over the stream record giving the lookup key, e.g. customer_id.</source>
        <translation>Expression sur l&apos;enregistrement du flux donnant la clé de recherche, p. ex. customer_id.</translation>
    </message>
    <message>
        <source>Table key</source>
        <translation>Clé de la table</translation>
    </message>
    <message>
        <source>Expression over the table record giving its key, e.g. customer_id.</source>
        <translation>Expression sur l&apos;enregistrement de la table donnant sa clé, p. ex. customer_id.</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Type de jointure</translation>
    </message>
    <message>
        <source>left keeps stream records without a table match (table fields NULL); inner drops them.</source>
        <translation>left conserve les enregistrements du flux sans correspondance dans la table (champs de table NULL) ; inner les écarte.</translation>
    </message>
    <message>
        <source>Deduplicate</source>
        <translation>Dédoublonner</translation>
    </message>
    <message>
        <source>Drops records whose key was already seen within the window, e.g. redelivered events.</source>
        <translation>Écarte les enregistrements dont la clé a déjà été vue dans la fenêtre, p. ex. des événements redistribués.</translation>
    </message>
    <message>
        <source>The first record of each key per window.</source>
        <translation>Le premier enregistrement de chaque clé par fenêtre.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Expression identifying duplicates, e.g. event_id or CONCAT(device_id, &apos;-&apos;, CAST(ts AS STRING)).</source>
        <translation>Expression identifiant les doublons, p. ex. event_id ou CONCAT(device_id, &apos;-&apos;, CAST(ts AS STRING)).</translation>
    </message>
    <message>
        <source>How long a key is remembered.</source>
        <translation>Durée pendant laquelle une clé est mémorisée.</translation>
    </message>
    <message>
        <source>LLM prompt</source>
        <translation>Invite LLM</translation>
    </message>
    <message>
        <source>Sends a prompt built from each record to a chat-completion model and adds the answer to the record.</source>
        <translation>Envoie une invite construite à partir de chaque enregistrement à un modèle de complétion de chat et ajoute la réponse à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The records to send to the model.</source>
        <translation>Les enregistrements à envoyer au modèle.</translation>
    </message>
    <message>
        <source>The input records with the model&apos;s answer added.</source>
        <translation>Les enregistrements d&apos;entrée avec la réponse du modèle ajoutée.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Name of the LLM endpoint profile from the settings (base URL, API key reference, default model) of any OpenAI-compatible service: OpenAI, Azure gateways, Ollama, vLLM, llama.cpp.</source>
        <translation>Nom du profil de point de terminaison LLM défini dans les paramètres (URL de base, référence de la clé d&apos;API, modèle par défaut) de tout service compatible OpenAI : OpenAI, passerelles Azure, Ollama, vLLM, llama.cpp.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model name as the endpoint knows it, e.g. gpt-4o-mini or llama3.1:8b. Empty: the endpoint profile&apos;s default model.</source>
        <translation>Nom du modèle tel que le connaît le point de terminaison, p. ex. gpt-4o-mini ou llama3.1:8b. Vide : le modèle par défaut du profil.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Invite système</translation>
    </message>
    <message>
        <source>Sets the model&apos;s role and rules, e.g. &quot;You are a Kafka operations analyst. Answer in one sentence.&quot;</source>
        <translation>Définit le rôle et les règles du modèle, p. ex. &quot;You are a Kafka operations analyst. Answer in one sentence.&quot;</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>Invite utilisateur</translation>
    </message>
    <message>
        <source>The message sent per record; {{field}} or {{a.b}} inserts a field of the record, e.g. &quot;Summarise this event: {{payload}}&quot;. Sensitive fields must be masked first.</source>
        <translation>Le message envoyé pour chaque enregistrement ; {{field}} ou {{a.b}} insère un champ de l&apos;enregistrement, p. ex. &quot;Summarise this event: {{payload}}&quot;. Les champs sensibles doivent d&apos;abord être masqués.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Randomness of the answer from 0 (deterministic) to 2.</source>
        <translation>Caractère aléatoire de la réponse, de 0 (déterministe) à 2.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Upper bound on the answer&apos;s length in tokens.</source>
        <translation>Limite supérieure de la longueur de la réponse, en jetons.</translation>
    </message>
    <message>
        <source>Output field</source>
        <translation>Champ de sortie</translation>
    </message>
    <message>
        <source>Field that receives the answer.</source>
        <translation>Champ qui reçoit la réponse.</translation>
    </message>
    <message>
        <source>Output mode</source>
        <translation>Mode de sortie</translation>
    </message>
    <message>
        <source>text stores the answer as a string; json asks for a JSON object and stores it parsed (answers that are not valid JSON are errors).</source>
        <translation>text stocke la réponse sous forme de chaîne ; json demande un objet JSON et le stocke analysé (les réponses qui ne sont pas du JSON valide sont des erreurs).</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <source>For json mode: a JSON schema the answer must follow; its properties become the output field&apos;s members.</source>
        <translation>Pour le mode json : un schéma JSON que la réponse doit respecter ; ses propriétés deviennent les membres du champ de sortie.</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Reprises max.</translation>
    </message>
    <message>
        <source>How often a failed or timed-out call is retried before the record goes to the error policy. 0 disables retries.</source>
        <translation>Nombre de reprises d&apos;un appel en échec ou expiré avant que l&apos;enregistrement ne soit confié à la politique d&apos;erreur. 0 désactive les reprises.</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <source>Wait before the first retry, e.g. 500ms or 2s.</source>
        <translation>Attente avant la première reprise, p. ex. 500ms ou 2s.</translation>
    </message>
    <message>
        <source>Backoff strategy</source>
        <translation>Stratégie d&apos;attente</translation>
    </message>
    <message>
        <source>exponential doubles the wait after every failed attempt; fixed waits the same each time.</source>
        <translation>exponential double l&apos;attente après chaque tentative échouée ; fixed attend la même durée à chaque fois.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <source>Longest time one call may take before it counts as failed.</source>
        <translation>Durée maximale d&apos;un appel avant qu&apos;il ne soit considéré comme en échec.</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Appels simultanés max.</translation>
    </message>
    <message>
        <source>Calls running at the same time. Higher values raise throughput but also the load and rate-limit pressure on the endpoint.</source>
        <translation>Appels exécutés en même temps. Des valeurs plus élevées augmentent le débit, mais aussi la charge et la pression sur les limites de débit du point de terminaison.</translation>
    </message>
    <message>
        <source>LLM classify</source>
        <translation>Classification LLM</translation>
    </message>
    <message>
        <source>Asks a model to pick exactly one of the given labels for each record, e.g. for moderation or triage; route on the label afterwards.</source>
        <translation>Demande à un modèle de choisir exactement une des étiquettes données pour chaque enregistrement, p. ex. pour la modération ou le tri ; routez ensuite selon l&apos;étiquette.</translation>
    </message>
    <message>
        <source>The input records with the chosen label added.</source>
        <translation>Les enregistrements d&apos;entrée avec l&apos;étiquette choisie ajoutée.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>The text to classify, built from the record: e.g. &quot;{{text}}&quot;. Sensitive fields must be masked first.</source>
        <translation>Le texte à classer, construit à partir de l&apos;enregistrement : p. ex. &quot;{{text}}&quot;. Les champs sensibles doivent d&apos;abord être masqués.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The possible labels (at least two), each with a description that tells the model when it applies.</source>
        <translation>Les étiquettes possibles (au moins deux), chacune avec une description qui indique au modèle quand elle s&apos;applique.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>The value stored in the output field, e.g. toxic.</source>
        <translation>La valeur stockée dans le champ de sortie, p. ex. toxic.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>When this label applies.</source>
        <translation>Quand cette étiquette s&apos;applique.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Extra guidance for the model, e.g. how to treat ambiguous cases.</source>
        <translation>Indications supplémentaires pour le modèle, p. ex. comment traiter les cas ambigus.</translation>
    </message>
    <message>
        <source>Field that receives the chosen label.</source>
        <translation>Champ qui reçoit l&apos;étiquette choisie.</translation>
    </message>
    <message>
        <source>LLM extract</source>
        <translation>Extraction LLM</translation>
    </message>
    <message>
        <source>Asks a model to extract typed fields from free text in each record, e.g. amounts, names or dates from a message.</source>
        <translation>Demande à un modèle d&apos;extraire des champs typés du texte libre de chaque enregistrement, p. ex. des montants, des noms ou des dates d&apos;un message.</translation>
    </message>
    <message>
        <source>The input records with the extracted fields added.</source>
        <translation>Les enregistrements d&apos;entrée avec les champs extraits ajoutés.</translation>
    </message>
    <message>
        <source>The text to extract from, built from the record: e.g. &quot;{{text}}&quot;. Sensitive fields must be masked first.</source>
        <translation>Le texte dont extraire les données, construit à partir de l&apos;enregistrement : p. ex. &quot;{{text}}&quot;. Les champs sensibles doivent d&apos;abord être masqués.</translation>
    </message>
    <message>
        <source>The fields to extract, with their types; a value the model cannot find is NULL.</source>
        <translation>Les champs à extraire, avec leurs types ; une valeur que le modèle ne trouve pas vaut NULL.</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Computes an embedding vector of a text per record, for vector search and real-time RAG.</source>
        <translation>Calcule un vecteur d&apos;embedding d&apos;un texte pour chaque enregistrement, pour la recherche vectorielle et le RAG en temps réel.</translation>
    </message>
    <message>
        <source>The input records with the embedding added.</source>
        <translation>Les enregistrements d&apos;entrée avec l&apos;embedding ajouté.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Expression giving the text to embed, e.g. description or CONCAT(title, &apos; &apos;, body). Sensitive fields must be masked first.</source>
        <translation>Expression donnant le texte à vectoriser, p. ex. description ou CONCAT(title, &apos; &apos;, body). Les champs sensibles doivent d&apos;abord être masqués.</translation>
    </message>
    <message>
        <source>Field that receives the vector (array of double).</source>
        <translation>Champ qui reçoit le vecteur (tableau de double).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Texts sent per request.</source>
        <translation>Textes envoyés par requête.</translation>
    </message>
    <message>
        <source>Kafka sink</source>
        <translation>Destination Kafka</translation>
    </message>
    <message>
        <source>Produces every incoming record to a Kafka topic.</source>
        <translation>Produit chaque enregistrement entrant dans un topic Kafka.</translation>
    </message>
    <message>
        <source>Records to produce; several steps may feed one sink.</source>
        <translation>Enregistrements à produire ; plusieurs étapes peuvent alimenter une même destination.</translation>
    </message>
    <message>
        <source>Name of the Kafka topic to write, e.g. TempRangeAlert.</source>
        <translation>Nom du topic Kafka dans lequel écrire, p. ex. TempRangeAlert.</translation>
    </message>
    <message>
        <source>json writes each record as a JSON object; string writes the record&apos;s value field as text; avro writes Confluent&apos;s Avro wire format with a schema made from the incoming fields, registered under the subject &lt;topic&gt;-value after a compatibility check.</source>
        <translation>json écrit chaque enregistrement comme un objet JSON ; string écrit le champ value de l&apos;enregistrement comme texte ; avro écrit le format Avro de Confluent avec un schéma construit à partir des champs entrants, enregistré sous le sujet &lt;topic&gt;-value après une vérification de compatibilité.</translation>
    </message>
    <message>
        <source>Name of the Schema Registry profile (URL and credentials reference) where the sink registers its Avro schema.</source>
        <translation>Nom du profil Schema Registry (URL et référence des identifiants) où la destination enregistre son schéma Avro.</translation>
    </message>
    <message>
        <source>Expression giving the Kafka message key, e.g. device_id (records with the same key keep their order). Empty: the source record&apos;s key.</source>
        <translation>Expression donnant la clé du message Kafka, p. ex. device_id (les enregistrements de même clé gardent leur ordre). Vide : la clé de l&apos;enregistrement source.</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Writes records that failed a check (e.g. validate&apos;s invalid output) to a dead-letter topic with the reason, node id and original position in headers.</source>
        <translation>Écrit les enregistrements ayant échoué à une vérification (p. ex. la sortie invalid de Valider) dans un topic de lettres mortes, avec la raison, l&apos;identifiant du nœud et la position d&apos;origine dans les en-têtes.</translation>
    </message>
    <message>
        <source>Rejected records; several steps may feed one dead-letter sink.</source>
        <translation>Enregistrements rejetés ; plusieurs étapes peuvent alimenter une même destination de lettres mortes.</translation>
    </message>
    <message>
        <source>Name of the dead-letter topic.</source>
        <translation>Nom du topic de lettres mortes.</translation>
    </message>
    <message>
        <source>Database sink</source>
        <translation>Destination base de données</translation>
    </message>
    <message>
        <source>Records to store; several steps may feed one sink.</source>
        <translation>Enregistrements à stocker ; plusieurs étapes peuvent alimenter une même destination.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Password variable</source>
        <translation>Variable du mot de passe</translation>
    </message>
    <message>
        <source>Target table, e.g. readings or iot.readings.</source>
        <translation>Table cible, p. ex. readings ou iot.readings.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Which field fills which column. Empty: every input field, with its name made a valid column name (lower case, letters, digits, underscores).</source>
        <translation>Quel champ remplit quelle colonne. Vide : chaque champ d&apos;entrée, son nom transformé en nom de colonne valide (minuscules, lettres, chiffres, traits de soulignement).</translation>
    </message>
    <message>
        <source>Input field (a.b for nested fields; objects and arrays are stored as JSON).</source>
        <translation>Champ d&apos;entrée (a.b pour les champs imbriqués ; les objets et tableaux sont stockés en JSON).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Column name; empty: the field&apos;s last name segment, sanitised.</source>
        <translation>Nom de colonne ; vide : le dernier segment du nom du champ, assaini.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>insert adds a row per record; upsert inserts or updates the row with the same key, so records read again after a restart leave the table unchanged (idempotent).</source>
        <translation>insert ajoute une ligne par enregistrement ; upsert insère ou met à jour la ligne de même clé, de sorte que les enregistrements relus après un redémarrage laissent la table inchangée (idempotent).</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>Colonnes de clé</translation>
    </message>
    <message>
        <source>Columns identifying a row (the primary key of a created table; required for upsert), e.g. device_id, ts.</source>
        <translation>Colonnes identifiant une ligne (la clé primaire d&apos;une table créée ; obligatoire pour upsert), p. ex. device_id, ts.</translation>
    </message>
    <message>
        <source>Create table</source>
        <translation>Créer la table</translation>
    </message>
    <message>
        <source>Create the table when it does not exist, with column types from the input fields.</source>
        <translation>Créer la table si elle n&apos;existe pas, avec des types de colonnes tirés des champs d&apos;entrée.</translation>
    </message>
    <message>
        <source>Rows written per transaction. Larger batches are faster; the source offsets of a batch are committed after it is.</source>
        <translation>Lignes écrites par transaction. Des lots plus grands sont plus rapides ; les offsets source d&apos;un lot sont validés après lui.</translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation>Intervalle de vidage</translation>
    </message>
    <message>
        <source>Longest time a record waits for its batch to fill before the batch is written anyway.</source>
        <translation>Durée maximale pendant laquelle un enregistrement attend que son lot se remplisse avant que le lot ne soit écrit malgré tout.</translation>
    </message>
    <message>
        <source>How often a batch that failed transiently (connection lost, deadlock, database busy) is retried before its records go to the error policy.</source>
        <translation>Nombre de reprises d&apos;un lot en échec passager (connexion perdue, interblocage, base occupée) avant que ses enregistrements ne soient confiés à la politique d&apos;erreur.</translation>
    </message>
    <message>
        <source>Wait before the first retry; doubles after every failed attempt.</source>
        <translation>Attente avant la première reprise ; double après chaque tentative échouée.</translation>
    </message>
    <message>
        <source>Export topic</source>
        <translation>Topic d&apos;export</translation>
    </message>
    <message>
        <source>SQL export: the topic the script writes for the Kafka Connect JDBC sink connector to read. Empty: the table name.</source>
        <translation>Export SQL : le topic que le script écrit pour le connecteur Kafka Connect JDBC Sink. Vide : le nom de la table.</translation>
    </message>
    <message>
        <source>Vector upsert</source>
        <translation>Upsert vectoriel</translation>
    </message>
    <message>
        <source>Stores each record&apos;s embedding (from an embed step) under its id in an embedded vector index with a text and metadata, for retrieval by vector-retrieve. An existing id is replaced. The index is saved to a file, so it survives restarts.</source>
        <translation>Stocke l&apos;embedding de chaque enregistrement (issu d&apos;une étape Embedding) sous son identifiant dans un index vectoriel intégré, avec un texte et des métadonnées, pour la recherche par vector-retrieve. Un identifiant existant est remplacé. L&apos;index est enregistré dans un fichier et survit donc aux redémarrages.</translation>
    </message>
    <message>
        <source>Records with an embedding and an id.</source>
        <translation>Enregistrements avec un embedding et un identifiant.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Name of the vector index, e.g. flights. Nodes of one pipeline that name the same index share it (upsert and retrieve in one run).</source>
        <translation>Nom de l&apos;index vectoriel, p. ex. flights. Les nœuds d&apos;un même pipeline qui nomment le même index le partagent (upsert et recherche dans une même exécution).</translation>
    </message>
    <message>
        <source>Index file</source>
        <translation>Fichier d&apos;index</translation>
    </message>
    <message>
        <source>File the index is loaded from at start and saved to (a sidecar beside the HNSW graph file). Empty: vector-indexes/&lt;index&gt;.vindex in the working directory.</source>
        <translation>Fichier depuis lequel l&apos;index est chargé au démarrage et dans lequel il est enregistré (un fichier annexe à côté du fichier de graphe HNSW). Vide : vector-indexes/&lt;index&gt;.vindex dans le répertoire de travail.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Expression giving the entry&apos;s id, e.g. flight_id; a record with an id already in the index replaces that entry.</source>
        <translation>Expression donnant l&apos;identifiant de l&apos;entrée, p. ex. flight_id ; un enregistrement dont l&apos;identifiant est déjà dans l&apos;index remplace cette entrée.</translation>
    </message>
    <message>
        <source>Embedding field</source>
        <translation>Champ d&apos;embedding</translation>
    </message>
    <message>
        <source>Field holding the vector (array of numbers), e.g. the embed step&apos;s output field.</source>
        <translation>Champ contenant le vecteur (tableau de nombres), p. ex. le champ de sortie de l&apos;étape Embedding.</translation>
    </message>
    <message>
        <source>Expression giving the text stored with the entry and handed to retrieval results, e.g. CONCAT(flight_id, &apos; &apos;, status).</source>
        <translation>Expression donnant le texte stocké avec l&apos;entrée et transmis aux résultats de recherche, p. ex. CONCAT(flight_id, &apos; &apos;, status).</translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation>Champs de métadonnées</translation>
    </message>
    <message>
        <source>Fields stored with the entry and returned with each retrieval hit, e.g. departure, gate.</source>
        <translation>Champs stockés avec l&apos;entrée et renvoyés avec chaque résultat, p. ex. departure, gate.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Length of the vectors. 0: taken from the index file or the first vector. A vector of another length is an error for that record.</source>
        <translation>Longueur des vecteurs. 0 : déduite du fichier d&apos;index ou du premier vecteur. Un vecteur d&apos;une autre longueur est une erreur pour cet enregistrement.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>HNSW links per vector: higher improves recall and costs memory and insert time.</source>
        <translation>Liens HNSW par vecteur : une valeur plus élevée améliore le rappel mais coûte de la mémoire et du temps d&apos;insertion.</translation>
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
        <translation>Intervalle d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Vector retrieve</source>
        <translation>Recherche vectorielle</translation>
    </message>
    <message>
        <source>Embeds a query text per record and adds the k most similar index entries (cosine) as context, e.g. for an llm-prompt step that answers with retrieved facts (RAG).</source>
        <translation>Vectorise un texte de requête pour chaque enregistrement et ajoute comme contexte les k entrées de l&apos;index les plus similaires (cosinus), p. ex. pour une étape d&apos;invite LLM qui répond à l&apos;aide des faits retrouvés (RAG).</translation>
    </message>
    <message>
        <source>Records with a query text.</source>
        <translation>Enregistrements avec un texte de requête.</translation>
    </message>
    <message>
        <source>The input records with the retrieved context added.</source>
        <translation>Les enregistrements d&apos;entrée avec le contexte retrouvé ajouté.</translation>
    </message>
    <message>
        <source>Embedding model; must be the one that embedded the indexed records.</source>
        <translation>Modèle d&apos;embedding ; doit être celui qui a vectorisé les enregistrements indexés.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Expression giving the text to search for, e.g. question. Sensitive fields must be masked first.</source>
        <translation>Expression donnant le texte à rechercher, p. ex. question. Les champs sensibles doivent d&apos;abord être masqués.</translation>
    </message>
    <message>
        <source>Results (k)</source>
        <translation>Résultats (k)</translation>
    </message>
    <message>
        <source>How many nearest entries to add.</source>
        <translation>Nombre d&apos;entrées les plus proches à ajouter.</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>Entries less similar than this cosine similarity (-1 to 1) are left out.</source>
        <translation>Les entrées dont la similarité cosinus est inférieure à cette valeur (-1 à 1) sont écartées.</translation>
    </message>
    <message>
        <source>Field that receives the hits: an array of {id, score, text, metadata}, best first.</source>
        <translation>Champ qui reçoit les résultats : un tableau de {id, score, text, metadata}, le meilleur en premier.</translation>
    </message>
    <message>
        <source>Context text field</source>
        <translation>Champ de texte de contexte</translation>
    </message>
    <message>
        <source>Field that receives the hits rendered as numbered lines of text, for a prompt template&apos;s {{field}}. Empty: not added.</source>
        <translation>Champ qui reçoit les résultats sous forme de lignes de texte numérotées, pour le {{field}} d&apos;un modèle d&apos;invite. Vide : non ajouté.</translation>
    </message>
    <message>
        <source>Queries embedded per request.</source>
        <translation>Requêtes vectorisées par requête HTTP.</translation>
    </message>
    <message>
        <source>HNSW candidate list while inserting: higher builds a better graph, more slowly (40 inserts about three times as fast as 100; with efSearch 128, recall@10 is about 0.98 at 100,000 vectors).</source>
        <translation>Liste de candidats HNSW lors de l&apos;insertion : une valeur plus élevée construit un meilleur graphe, plus lentement (40 insère environ trois fois plus vite que 100 ; avec efSearch 128, le recall@10 est d&apos;environ 0,98 pour 100 000 vecteurs).</translation>
    </message>
    <message>
        <source>HNSW candidate list while searching (at least k): higher improves recall, costs latency (128: recall@10 about 0.98 at 100,000 vectors, under a millisecond per search).</source>
        <translation>Liste de candidats HNSW lors de la recherche (au moins k) : une valeur plus élevée améliore le rappel mais coûte de la latence (128 : recall@10 d&apos;environ 0,98 pour 100 000 vecteurs, moins d&apos;une milliseconde par recherche).</translation>
    </message>
    <message>
        <source>How often the index is saved (a large index, whose save takes longer, at most a tenth of the time); source offsets are committed only after the save that contains their records.</source>
        <translation>Fréquence d&apos;enregistrement de l&apos;index (un grand index, plus long à enregistrer, au plus un dixième du temps) ; les offsets source ne sont validés qu&apos;après l&apos;enregistrement qui contient leurs enregistrements.</translation>
    </message>
    <message>
        <source>keeps its windows in memory, outside the Kafka transaction: the offsets of messages in an open window cannot be committed, and after a crash a window would be rebuilt from part of its messages; use at-least-once, or export to Flink SQL or ksqlDB, which checkpoint window state</source>
        <translation>garde ses fenêtres en mémoire, hors de la transaction Kafka : les offsets des messages d&apos;une fenêtre ouverte ne peuvent pas être validés, et après un plantage une fenêtre serait reconstruite à partir d&apos;une partie seulement de ses messages ; utilisez at-least-once, ou exportez vers Flink SQL ou ksqlDB, qui enregistrent l&apos;état des fenêtres par checkpoint</translation>
    </message>
    <message>
        <source>remembers the keys it has seen in memory, outside the Kafka transaction: after a crash the replayed messages would find the memory empty; use at-least-once, or export to Flink SQL or ksqlDB</source>
        <translation>mémorise les clés déjà vues en mémoire, hors de la transaction Kafka : après un plantage, les messages rejoués trouveraient la mémoire vide ; utilisez at-least-once, ou exportez vers Flink SQL ou ksqlDB</translation>
    </message>
    <message>
        <source>calls the model outside the Kafka transaction: after a crash the messages of the aborted transaction are processed again and the model is asked again (answers may differ) unless the run keeps an answer cache (--llm-cache)</source>
        <translation>appelle le modèle hors de la transaction Kafka : après un plantage, les messages de la transaction abandonnée sont retraités et le modèle est de nouveau interrogé (les réponses peuvent différer), sauf si l&apos;exécution conserve un cache de réponses (--llm-cache)</translation>
    </message>
    <message>
        <source>calls the embedding endpoint outside the Kafka transaction: after a crash it embeds the replayed messages again unless the run keeps an answer cache (--llm-cache)</source>
        <translation>appelle le point de terminaison d&apos;embeddings hors de la transaction Kafka : après un plantage, il calcule de nouveau les embeddings des messages rejoués, sauf si l&apos;exécution conserve un cache de réponses (--llm-cache)</translation>
    </message>
    <message>
        <source>Writes every incoming record as a row of a PostgreSQL, MySQL/MariaDB or SQLite table (insert, or upsert by key), in batches of one transaction each; source offsets are committed only after the batch is committed.</source>
        <translation>Écrit chaque enregistrement entrant comme une ligne d&apos;une table PostgreSQL, MySQL/MariaDB ou SQLite (insertion, ou upsert par clé), par lots d&apos;une transaction chacun ; les offsets source ne sont validés qu&apos;après la validation du lot.</translation>
    </message>
    <message>
        <source>writes rows in a database transaction of its own, which cannot commit together with the Kafka transaction: after a crash the rows would be written again; use at-least-once (upserts make the repeats harmless) or a Kafka sink read by a Kafka Connect JDBC sink</source>
        <translation>écrit les lignes dans sa propre transaction de base de données, qui ne peut pas être validée avec la transaction Kafka : après un plantage, les lignes seraient réécrites ; utilisez at-least-once (les upserts rendent les répétitions inoffensives) ou un sink Kafka lu par un sink JDBC Kafka Connect</translation>
    </message>
    <message>
        <source>postgresql (libpq), mysql (MySQL or MariaDB, through MariaDB Connector/C) or sqlite (a local database file).</source>
        <translation>postgresql (libpq), mysql (MySQL ou MariaDB, via MariaDB Connector/C) ou sqlite (un fichier de base de données local).</translation>
    </message>
    <message>
        <source>PostgreSQL: a connection profile name, a conninfo (host=db port=5432 dbname=iot user=app) or a URI (postgresql://app@db/iot); MySQL: a connection profile name or a URI (mysql://app@db:3306/iot); SQLite: the database file path. Never a password: name its environment variable in Password variable.</source>
        <translation>PostgreSQL : un nom de profil de connexion, un conninfo (host=db port=5432 dbname=iot user=app) ou une URI (postgresql://app@db/iot) ; MySQL : un nom de profil de connexion ou une URI (mysql://app@db:3306/iot) ; SQLite : le chemin du fichier de base de données. Jamais de mot de passe : indiquez sa variable d&apos;environnement dans Variable du mot de passe.</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the database password, e.g. PGPASSWORD_IOT. Empty: no password (PostgreSQL: trust, peer or .pgpass).</source>
        <translation>Nom de la variable d&apos;environnement contenant le mot de passe de la base de données, p. ex. PGPASSWORD_IOT. Vide : aucun mot de passe (PostgreSQL : trust, peer ou .pgpass).</translation>
    </message>
    <message>
        <source>Connect source</source>
        <translation>Source Connect</translation>
    </message>
    <message>
        <source>A Kafka Connect source connector (JDBC, or Debezium change data capture from Oracle, MySQL or PostgreSQL) running in your Connect cluster: the pipeline reads the topic the connector writes, and export writes the connector&apos;s configuration beside the SQL.</source>
        <translation>Un connecteur source Kafka Connect (JDBC, ou capture des modifications Debezium depuis Oracle, MySQL ou PostgreSQL) exécuté dans votre cluster Connect : le pipeline lit le topic écrit par le connecteur, et l&apos;export écrit la configuration du connecteur à côté du SQL.</translation>
    </message>
    <message>
        <source>The connector&apos;s records: Debezium change events or rows.</source>
        <translation>Les enregistrements du connecteur : événements de modification Debezium ou lignes.</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Which connector captures the table: debezium-oracle — Debezium Oracle CDC (io.debezium.connector.oracle.OracleConnector). debezium-mysql — Debezium MySQL CDC (io.debezium.connector.mysql.MySqlConnector). debezium-postgresql — Debezium PostgreSQL CDC (io.debezium.connector.postgresql.PostgresConnector). jdbc — JDBC source (Confluent) (io.confluent.connect.jdbc.JdbcSourceConnector).</source>
        <translation>Connecteur qui capture la table : debezium-oracle — Debezium Oracle CDC (io.debezium.connector.oracle.OracleConnector). debezium-mysql — Debezium MySQL CDC (io.debezium.connector.mysql.MySqlConnector). debezium-postgresql — Debezium PostgreSQL CDC (io.debezium.connector.postgresql.PostgresConnector). jdbc — source JDBC (Confluent) (io.confluent.connect.jdbc.JdbcSourceConnector).</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Nom du connecteur</translation>
    </message>
    <message>
        <source>The connector&apos;s name in the Connect cluster (the REST API&apos;s /connectors/{name}). Empty: &lt;pipeline name&gt;-&lt;node id&gt;.</source>
        <translation>Nom du connecteur dans le cluster Connect (/connectors/{name} de l&apos;API REST). Vide : &lt;nom du pipeline&gt;-&lt;id du nœud&gt;.</translation>
    </message>
    <message>
        <source>Topic prefix</source>
        <translation>Préfixe de topic</translation>
    </message>
    <message>
        <source>The connector&apos;s topic.prefix. Debezium writes &lt;prefix&gt;.&lt;schema&gt;.&lt;table&gt;, the JDBC source &lt;prefix&gt;&lt;table&gt;.</source>
        <translation>topic.prefix du connecteur. Debezium écrit &lt;préfixe&gt;.&lt;schéma&gt;.&lt;table&gt;, la source JDBC &lt;préfixe&gt;&lt;table&gt;.</translation>
    </message>
    <message>
        <source>The table&apos;s schema (Oracle: the owner, e.g. SALES; PostgreSQL: e.g. public; MySQL: the database), as the database spells it. Part of the Debezium topic name.</source>
        <translation>Schéma de la table (Oracle : le propriétaire, p. ex. SALES ; PostgreSQL : p. ex. public ; MySQL : la base de données), tel que la base l&apos;écrit. Fait partie du nom du topic Debezium.</translation>
    </message>
    <message>
        <source>The captured table, as the database spells it (Oracle: upper case, e.g. CUSTOMER).</source>
        <translation>La table capturée, telle que la base l&apos;écrit (Oracle : en majuscules, p. ex. CUSTOMER).</translation>
    </message>
    <message>
        <source>The table&apos;s columns as the connector writes them (name, type, sensitive). Debezium keeps the database&apos;s spelling; timestamps arrive as epoch milliseconds.</source>
        <translation>Les colonnes de la table telles que le connecteur les écrit (nom, type, sensible). Debezium conserve l&apos;orthographe de la base de données ; les horodatages arrivent en millisecondes epoch.</translation>
    </message>
    <message>
        <source>Rows only (unwrap)</source>
        <translation>Lignes uniquement (unwrap)</translation>
    </message>
    <message>
        <source>Apply Debezium&apos;s ExtractNewRecordState transform: each record is the row after the change instead of the change event envelope (before, after, source, op, ts_ms); deletes are dropped.</source>
        <translation>Appliquer la transformation ExtractNewRecordState de Debezium : chaque enregistrement est la ligne après la modification au lieu de l&apos;enveloppe de l&apos;événement de modification (before, after, source, op, ts_ms) ; les suppressions sont ignorées.</translation>
    </message>
    <message>
        <source>Change event fields the unwrap transform adds to each row with a __ prefix (its add.fields), e.g. op gives __op (c insert, u update, r snapshot read), source.ts_ms gives __source_ts_ms.</source>
        <translation>Champs de l&apos;événement de modification que la transformation unwrap ajoute à chaque ligne avec le préfixe __ (ses add.fields), p. ex. op donne __op (c insertion, u mise à jour, r lecture de snapshot), source.ts_ms donne __source_ts_ms.</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>Hôte de la base de données</translation>
    </message>
    <message>
        <source>Host name or address of the database server, as the Connect worker reaches it. (database.hostname)</source>
        <translation>Nom d&apos;hôte ou adresse du serveur de base de données, tel que le worker Connect l&apos;atteint. (database.hostname)</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Port de la base de données</translation>
    </message>
    <message>
        <source>TCP port of the database server. (database.port) Default: the connector&apos;s own for the chosen template. Default: the connector&apos;s own for the chosen template.</source>
        <translation>Port TCP du serveur de base de données. (database.port) Par défaut : celui du connecteur pour le modèle choisi. Par défaut : celui du connecteur pour le modèle choisi.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <source>The user the connector logs in as; it needs the database&apos;s CDC privileges. (database.user)</source>
        <translation>L&apos;utilisateur avec lequel le connecteur se connecte ; il a besoin des privilèges CDC de la base de données. (database.user)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Reference to the password, never the password: env:NAME (an environment variable of the Connect worker and of Pipewright) or keychain:NAME. (database.password)</source>
        <translation>Référence au mot de passe, jamais le mot de passe lui-même : env:NAME (une variable d&apos;environnement du worker Connect et de Pipewright) ou keychain:NAME. (database.password)</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>The database (the container database, CDB, with a pluggable database) to capture. (database.dbname)</source>
        <translation>La base de données à capturer (la base conteneur, CDB, avec une base de données enfichable). (database.dbname)</translation>
    </message>
    <message>
        <source>Pluggable database</source>
        <translation>Base de données enfichable</translation>
    </message>
    <message>
        <source>Name of the pluggable database (PDB) holding the table; empty for a non-CDB installation. (database.pdb.name)</source>
        <translation>Nom de la base de données enfichable (PDB) contenant la table ; vide pour une installation non-CDB. (database.pdb.name)</translation>
    </message>
    <message>
        <source>Schema history brokers</source>
        <translation>Brokers de l&apos;historique de schéma</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers where the connector keeps the history of the database&apos;s DDL. (schema.history.internal.kafka.bootstrap.servers)</source>
        <translation>Serveurs bootstrap Kafka où le connecteur conserve l&apos;historique du DDL de la base de données. (schema.history.internal.kafka.bootstrap.servers)</translation>
    </message>
    <message>
        <source>Schema history topic</source>
        <translation>Topic de l&apos;historique de schéma</translation>
    </message>
    <message>
        <source>Topic of the DDL history, one per connector. Empty: &lt;connector name&gt;.schema-history. (schema.history.internal.kafka.topic)</source>
        <translation>Topic de l&apos;historique DDL, un par connecteur. Vide : &lt;connector name&gt;.schema-history. (schema.history.internal.kafka.topic)</translation>
    </message>
    <message>
        <source>Snapshot mode</source>
        <translation>Mode de snapshot</translation>
    </message>
    <message>
        <source>initial: read the table&apos;s current rows (op r), then stream changes; initial_only: only the rows; no_data: only changes from now on; when_needed: snapshot again when the log position is lost. (snapshot.mode)</source>
        <translation>initial : lire les lignes actuelles de la table (op r), puis diffuser les modifications ; initial_only : uniquement les lignes ; no_data : uniquement les modifications à partir de maintenant ; when_needed : nouveau snapshot lorsque la position dans le journal est perdue. (snapshot.mode)</translation>
    </message>
    <message>
        <source>Decimal handling</source>
        <translation>Gestion des décimales</translation>
    </message>
    <message>
        <source>How NUMBER/DECIMAL columns are written: precise as encoded bytes (not readable as JSON numbers), double as numbers, string as text. Choose double for columns declared double. (decimal.handling.mode)</source>
        <translation>Mode d&apos;écriture des colonnes NUMBER/DECIMAL : precise en octets encodés (non lisibles comme nombres JSON), double en nombres, string en texte. Choisissez double pour les colonnes déclarées double. (decimal.handling.mode)</translation>
    </message>
    <message>
        <source>Server id</source>
        <translation>ID du serveur</translation>
    </message>
    <message>
        <source>A numeric id, unique among the MySQL server&apos;s replication clients, the connector joins with. (database.server.id)</source>
        <translation>Un identifiant numérique, unique parmi les clients de réplication du serveur MySQL, avec lequel le connecteur se joint. (database.server.id)</translation>
    </message>
    <message>
        <source>Decoding plugin</source>
        <translation>Plugin de décodage</translation>
    </message>
    <message>
        <source>Logical decoding plugin; pgoutput is built into PostgreSQL 10 and later. (plugin.name)</source>
        <translation>Plugin de décodage logique ; pgoutput est intégré à PostgreSQL 10 et versions ultérieures. (plugin.name)</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>Slot de réplication</translation>
    </message>
    <message>
        <source>Name of the logical replication slot; unique per connector. (slot.name)</source>
        <translation>Nom du slot de réplication logique ; unique par connecteur. (slot.name)</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>The pgoutput publication the connector reads. (publication.name)</source>
        <translation>La publication pgoutput que lit le connecteur. (publication.name)</translation>
    </message>
    <message>
        <source>JDBC URL</source>
        <translation>URL JDBC</translation>
    </message>
    <message>
        <source>The database&apos;s JDBC URL without credentials, e.g. jdbc:postgresql://db:5432/shop. (connection.url)</source>
        <translation>L&apos;URL JDBC de la base de données sans identifiants, p. ex. jdbc:postgresql://db:5432/shop. (connection.url)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Database user name. (connection.user)</source>
        <translation>Nom d&apos;utilisateur de la base de données. (connection.user)</translation>
    </message>
    <message>
        <source>Reference to the password, never the password: env:NAME (an environment variable of the Connect worker and of Pipewright) or keychain:NAME. (connection.password)</source>
        <translation>Référence au mot de passe, jamais le mot de passe lui-même : env:NAME (une variable d&apos;environnement du worker Connect et de Pipewright) ou keychain:NAME. (connection.password)</translation>
    </message>
    <message>
        <source>Query mode</source>
        <translation>Mode de requête</translation>
    </message>
    <message>
        <source>How new rows are found: bulk copies the whole table each poll; incrementing by a strictly growing column; timestamp by a modification time column; or both. (mode)</source>
        <translation>Manière de trouver les nouvelles lignes : bulk copie toute la table à chaque interrogation ; incrementing via une colonne strictement croissante ; timestamp via une colonne d&apos;heure de modification ; ou les deux. (mode)</translation>
    </message>
    <message>
        <source>Incrementing column</source>
        <translation>Colonne incrémentale</translation>
    </message>
    <message>
        <source>Strictly increasing column (usually the primary key); required for the incrementing modes. (incrementing.column.name)</source>
        <translation>Colonne strictement croissante (généralement la clé primaire) ; requise pour les modes incrementing. (incrementing.column.name)</translation>
    </message>
    <message>
        <source>Timestamp column</source>
        <translation>Colonne d&apos;horodatage</translation>
    </message>
    <message>
        <source>Modification time column; required for the timestamp modes. (timestamp.column.name)</source>
        <translation>Colonne d&apos;heure de modification ; requise pour les modes timestamp. (timestamp.column.name)</translation>
    </message>
    <message>
        <source>Poll interval (ms)</source>
        <translation>Intervalle d&apos;interrogation (ms)</translation>
    </message>
    <message>
        <source>How often the table is queried. (poll.interval.ms)</source>
        <translation>Fréquence d&apos;interrogation de la table. (poll.interval.ms)</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Autres propriétés</translation>
    </message>
    <message>
        <source>Further connector properties, written into the exported configuration as they are. Secrets belong in the secret fields above, never here.</source>
        <translation>Propriétés supplémentaires du connecteur, écrites telles quelles dans la configuration exportée. Les secrets vont dans les champs secrets ci-dessus, jamais ici.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Connect property name, e.g. poll.interval.ms.</source>
        <translation>Nom de la propriété Connect, p. ex. poll.interval.ms.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Its value, as text.</source>
        <translation>Sa valeur, sous forme de texte.</translation>
    </message>
    <message>
        <source>Connect sink</source>
        <translation>Sink Connect</translation>
    </message>
    <message>
        <source>A Kafka Connect sink connector (Snowflake, Amazon S3, JDBC or MongoDB) running in your Connect cluster: the pipeline writes the topic the connector reads, and export writes the connector&apos;s configuration beside the SQL.</source>
        <translation>Un connecteur sink Kafka Connect (Snowflake, Amazon S3, JDBC ou MongoDB) exécuté dans votre cluster Connect : le pipeline écrit le topic que lit le connecteur, et l&apos;export écrit la configuration du connecteur à côté du SQL.</translation>
    </message>
    <message>
        <source>Records for the connector; several steps may feed one sink.</source>
        <translation>Enregistrements destinés au connecteur ; plusieurs étapes peuvent alimenter un même sink.</translation>
    </message>
    <message>
        <source>Which connector moves the topic on: snowflake — Snowflake sink (com.snowflake.kafka.connector.SnowflakeSinkConnector). s3 — Amazon S3 sink (Confluent) (io.confluent.connect.s3.S3SinkConnector). jdbc — JDBC sink (Confluent) (io.confluent.connect.jdbc.JdbcSinkConnector). mongodb — MongoDB sink (com.mongodb.kafka.connect.MongoSinkConnector).</source>
        <translation>Connecteur qui transmet le topic : snowflake — sink Snowflake (com.snowflake.kafka.connector.SnowflakeSinkConnector). s3 — sink Amazon S3 (Confluent) (io.confluent.connect.s3.S3SinkConnector). jdbc — sink JDBC (Confluent) (io.confluent.connect.jdbc.JdbcSinkConnector). mongodb — sink MongoDB (com.mongodb.kafka.connect.MongoSinkConnector).</translation>
    </message>
    <message>
        <source>The topic the pipeline writes and the connector reads (its topics property).</source>
        <translation>Le topic que le pipeline écrit et que le connecteur lit (sa propriété topics).</translation>
    </message>
    <message>
        <source>Destination table (Snowflake, JDBC) or collection (MongoDB).</source>
        <translation>Table de destination (Snowflake, JDBC) ou collection (MongoDB).</translation>
    </message>
    <message>
        <source>json writes plain JSON objects (read with Connect&apos;s schemaless JSON converter); avro writes Confluent&apos;s Avro wire format registered in the Schema Registry, which the JDBC sink needs for its column types.</source>
        <translation>json écrit des objets JSON simples (à lire avec le convertisseur JSON sans schéma de Connect) ; avro écrit le format filaire Avro de Confluent enregistré dans le Schema Registry, dont le sink JDBC a besoin pour ses types de colonnes.</translation>
    </message>
    <message>
        <source>Account URL</source>
        <translation>URL du compte</translation>
    </message>
    <message>
        <source>The account&apos;s host and port, e.g. myorg-account1.snowflakecomputing.com:443. (snowflake.url.name)</source>
        <translation>Hôte et port du compte, p. ex. myorg-account1.snowflakecomputing.com:443. (snowflake.url.name)</translation>
    </message>
    <message>
        <source>The Snowflake user with the connector&apos;s role and key pair. (snowflake.user.name)</source>
        <translation>L&apos;utilisateur Snowflake disposant du rôle et de la paire de clés du connecteur. (snowflake.user.name)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Reference to the user&apos;s private key (key pair authentication), never the key: env:NAME or keychain:NAME. (snowflake.private.key)</source>
        <translation>Référence à la clé privée de l&apos;utilisateur (authentification par paire de clés), jamais la clé elle-même : env:NAME ou keychain:NAME. (snowflake.private.key)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Reference to the passphrase of an encrypted private key; empty for an unencrypted key. (snowflake.private.key.passphrase)</source>
        <translation>Référence à la phrase secrète d&apos;une clé privée chiffrée ; vide pour une clé non chiffrée. (snowflake.private.key.passphrase)</translation>
    </message>
    <message>
        <source>The Snowflake database holding the table. (snowflake.database.name)</source>
        <translation>La base de données Snowflake contenant la table. (snowflake.database.name)</translation>
    </message>
    <message>
        <source>The schema holding the table, e.g. PUBLIC. (snowflake.schema.name)</source>
        <translation>Le schéma contenant la table, p. ex. PUBLIC. (snowflake.schema.name)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role the connector uses; empty: the user&apos;s default role. (snowflake.role.name)</source>
        <translation>Rôle utilisé par le connecteur ; vide : le rôle par défaut de l&apos;utilisateur. (snowflake.role.name)</translation>
    </message>
    <message>
        <source>Ingestion</source>
        <translation>Ingestion</translation>
    </message>
    <message>
        <source>SNOWPIPE stages files and loads them; SNOWPIPE_STREAMING inserts rows with lower latency. (snowflake.ingestion.method)</source>
        <translation>SNOWPIPE place les fichiers en zone de préparation et les charge ; SNOWPIPE_STREAMING insère les lignes avec une latence plus faible. (snowflake.ingestion.method)</translation>
    </message>
    <message>
        <source>Buffer records</source>
        <translation>Enregistrements en tampon</translation>
    </message>
    <message>
        <source>Records buffered per partition before they are loaded. (buffer.count.records)</source>
        <translation>Enregistrements mis en tampon par partition avant leur chargement. (buffer.count.records)</translation>
    </message>
    <message>
        <source>Buffer flush time (s)</source>
        <translation>Délai de vidage du tampon (s)</translation>
    </message>
    <message>
        <source>Seconds between loads of a partition&apos;s buffer. (buffer.flush.time)</source>
        <translation>Secondes entre les chargements du tampon d&apos;une partition. (buffer.flush.time)</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>The S3 bucket the objects are written to. (s3.bucket.name)</source>
        <translation>Le bucket S3 dans lequel les objets sont écrits. (s3.bucket.name)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>The bucket&apos;s AWS region. (s3.region)</source>
        <translation>La région AWS du bucket. (s3.region)</translation>
    </message>
    <message>
        <source>Records per object</source>
        <translation>Enregistrements par objet</translation>
    </message>
    <message>
        <source>Records written to one S3 object before it is committed. (flush.size)</source>
        <translation>Enregistrements écrits dans un objet S3 avant sa validation. (flush.size)</translation>
    </message>
    <message>
        <source>Rotate interval (ms)</source>
        <translation>Intervalle de rotation (ms)</translation>
    </message>
    <message>
        <source>Also commit an object after this much record time, so quiet partitions are written too. (rotate.interval.ms)</source>
        <translation>Valider aussi un objet après cette durée de temps d&apos;enregistrement, afin que les partitions peu actives soient également écrites. (rotate.interval.ms)</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Préfixe de clé</translation>
    </message>
    <message>
        <source>Top-level folder of the objects in the bucket. (topics.dir)</source>
        <translation>Dossier de premier niveau des objets dans le bucket. (topics.dir)</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Reference to the AWS access key id; empty: the worker&apos;s default credentials (instance role). (aws.access.key.id)</source>
        <translation>Référence à l&apos;ID de clé d&apos;accès AWS ; vide : les identifiants par défaut du worker (rôle d&apos;instance). (aws.access.key.id)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>Reference to the AWS secret access key. (aws.secret.access.key)</source>
        <translation>Référence à la clé d&apos;accès secrète AWS. (aws.secret.access.key)</translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation>Mode d&apos;insertion</translation>
    </message>
    <message>
        <source>insert adds a row per record; upsert inserts or updates by the key; update only updates. (insert.mode)</source>
        <translation>insert ajoute une ligne par enregistrement ; upsert insère ou met à jour selon la clé ; update met uniquement à jour. (insert.mode)</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Source de la clé</translation>
    </message>
    <message>
        <source>Where the primary key columns come from: none, the Kafka key, or fields of the value. (pk.mode)</source>
        <translation>Provenance des colonnes de clé primaire : none, la clé Kafka ou des champs de la valeur. (pk.mode)</translation>
    </message>
    <message>
        <source>Primary key columns (upsert and update need them). (pk.fields)</source>
        <translation>Colonnes de clé primaire (requises par upsert et update). (pk.fields)</translation>
    </message>
    <message>
        <source>Create the table from the record schema when it does not exist. (auto.create)</source>
        <translation>Créer la table à partir du schéma de l&apos;enregistrement si elle n&apos;existe pas. (auto.create)</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>URI de connexion</translation>
    </message>
    <message>
        <source>Reference to the mongodb:// or mongodb+srv:// URI, which holds the credentials: env:NAME or keychain:NAME. (connection.uri)</source>
        <translation>Référence à l&apos;URI mongodb:// ou mongodb+srv://, qui contient les identifiants : env:NAME ou keychain:NAME. (connection.uri)</translation>
    </message>
    <message>
        <source>The MongoDB database of the collection. (database)</source>
        <translation>La base de données MongoDB de la collection. (database)</translation>
    </message>
    <message>
        <source>Document id strategy</source>
        <translation>Stratégie d&apos;ID de document</translation>
    </message>
    <message>
        <source>Class computing each document&apos;s _id, e.g. com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy; empty: a new ObjectId. (document.id.strategy)</source>
        <translation>Classe calculant l&apos;_id de chaque document, p. ex. com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy ; vide : un nouvel ObjectId. (document.id.strategy)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Kafka event pipelines as node graphs.</source>
        <translation>Concevoir des pipelines d&apos;événements Kafka sous forme de graphes de nœuds.</translation>
    </message>
    <message>
        <source>Run against the embedded sandbox Kafka cluster.</source>
        <translation>Exécuter sur le cluster Kafka sandbox intégré.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the first paint and exit.</source>
        <translation>Enregistrer un PNG de la fenêtre après le premier affichage, puis quitter.</translation>
    </message>
    <message>
        <source>Pipeline file to open.</source>
        <translation>Fichier de pipeline à ouvrir.</translation>
    </message>
</context>
</TS>

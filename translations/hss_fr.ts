<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiCall</name>
    <message>
        <source>unexpected answer from the server: %1</source>
        <translation>réponse inattendue du serveur : %1</translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation>non connecté au serveur</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate of Completion</source>
        <translation>Certificat de réussite</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Nous certifions que</translation>
    </message>
    <message>
        <source>has successfully completed the course</source>
        <translation>a suivi avec succès le cours</translation>
    </message>
    <message>
        <source>as part of the %1 program</source>
        <translation>dans le cadre du programme %1</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Délivré le :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valable jusqu’au :</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Healthcare Support System – Training &amp; Certification</source>
        <translation>Healthcare Support System – Formation &amp; certification</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 met, %3 running</source>
        <translation>%1 sur %2 respectés, %3 en cours</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(aucune équipe)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>DeviceKeychain</name>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>le trousseau n’est pas disponible : %1</translation>
    </message>
    <message>
        <source>no QCoreApplication runs in this process</source>
        <translation>aucune QCoreApplication ne s’exécute dans ce processus</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse dans le délai imparti</translation>
    </message>
    <message>
        <source>refusing to store an empty key</source>
        <translation>refus d’enregistrer une clé vide</translation>
    </message>
    <message>
        <source>no key is remembered for %1 on this device</source>
        <translation>aucune clé n’est mémorisée pour %1 sur cet appareil</translation>
    </message>
    <message>
        <source>out of locked memory</source>
        <translation>mémoire verrouillée épuisée</translation>
    </message>
</context>
<context>
    <name>FeedbackLabels</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>1 – Very dissatisfied</source>
        <translation>1 – Très insatisfait</translation>
    </message>
    <message>
        <source>2 – Dissatisfied</source>
        <translation>2 – Insatisfait</translation>
    </message>
    <message>
        <source>3 – Neutral</source>
        <translation>3 – Neutre</translation>
    </message>
    <message>
        <source>4 – Satisfied</source>
        <translation>4 – Satisfait</translation>
    </message>
    <message>
        <source>5 – Very satisfied</source>
        <translation>5 – Très satisfait</translation>
    </message>
    <message>
        <source>Positive (%1)</source>
        <translation>Positif (%1)</translation>
    </message>
    <message>
        <source>Negative (%1)</source>
        <translation>Négatif (%1)</translation>
    </message>
    <message>
        <source>Neutral (%1)</source>
        <translation>Neutre (%1)</translation>
    </message>
</context>
<context>
    <name>KbLabels</name>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Medical features</source>
        <translation>Fonctions médicales</translation>
    </message>
    <message>
        <source>API integration</source>
        <translation>Intégration API</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <source>Best practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>In medical review</source>
        <translation>En relecture médicale</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <source>Medical guideline</source>
        <translation>Recommandation médicale</translation>
    </message>
</context>
<context>
    <name>PinnedTls</name>
    <message>
        <source>No certificate authority is set for this server: choose the CA file your IT department gave you (it is the only one the console trusts).</source>
        <translation>Aucune autorité de certification n’est définie pour ce serveur : choisissez le fichier CA fourni par votre service informatique (c’est le seul auquel la console fait confiance).</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s CA certificate &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le certificat CA du serveur « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation>« %1 » ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>The console cannot connect: %1

Start it with --server and --ca.</source>
        <translation>La console ne peut pas se connecter : %1

Lancez-la avec --server et --ca.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Le serveur est injoignable (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted or has expired, so the console will not send your password to it. Ask your administrator. Details: %1</source>
        <translation>Le certificat du serveur n’est pas de confiance ou a expiré : la console ne lui enverra donc pas votre mot de passe. Adressez-vous à votre administrateur. Détails : %1</translation>
    </message>
    <message>
        <source>This account needs the current code of your authenticator app.</source>
        <translation>Ce compte requiert le code actuel de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Wrong user name, password or authenticator code (or the account is disabled).</source>
        <translation>Nom d’utilisateur, mot de passe ou code d’authentification incorrect (ou compte désactivé).</translation>
    </message>
    <message>
        <source>Wrong user name or password (or the account is disabled).</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect (ou compte désactivé).</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask your administrator.</source>
        <translation>Ce compte a été désactivé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts: the account is locked for now. Try again in %1 seconds.</source>
        <translation>Trop de tentatives de connexion échouées : le compte est verrouillé pour le moment. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>The server has a problem (%1).</source>
        <translation>Le serveur rencontre un problème (%1).</translation>
    </message>
    <message>
        <source>Administrators need an authenticator app (TOTP); ask for the account to be set up again.</source>
        <translation>Les administrateurs ont besoin d’une application d’authentification (TOTP) ; demandez que le compte soit reconfiguré.</translation>
    </message>
    <message>
        <source>The authenticator code is the 6 to 8 digits your app shows.</source>
        <translation>Le code d’authentification correspond aux 6 à 8 chiffres affichés par votre application.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>La réponse du serveur est illisible (%1).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This device&apos;s key file is damaged or was changed: %1</source>
        <translation>Le fichier de clé de cet appareil est endommagé ou a été modifié : %1</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>Le stockage est verrouillé.</translation>
    </message>
    <message>
        <source>The store was re-encrypted but its new key could not be put in place; it will be on the next unlock.</source>
        <translation>Le stockage a été rechiffré, mais sa nouvelle clé n’a pas pu être mise en place ; elle le sera au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>This console and the server speak different versions of the sync protocol (%1). Ask your administrator for the update; the work on this device is kept.</source>
        <translation>Cette console et le serveur utilisent des versions différentes du protocole de synchronisation (%1). Demandez la mise à jour à votre administrateur ; le travail effectué sur cet appareil est conservé.</translation>
    </message>
</context>
<context>
    <name>ServerHealth</name>
    <message>
        <source>the server&apos;s health report is not JSON: %1</source>
        <translation>le rapport d’état du serveur n’est pas du JSON : %1</translation>
    </message>
    <message>
        <source>the server&apos;s health report lacks status or version</source>
        <translation>il manque l’état ou la version dans le rapport d’état du serveur</translation>
    </message>
</context>
<context>
    <name>SlaCalendarEditor</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>SystemHealthParser</name>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation>&apos;%1&apos; n’est pas un horodatage</translation>
    </message>
    <message>
        <source>the health report has no status</source>
        <translation>le rapport d’état ne contient aucun état</translation>
    </message>
    <message>
        <source>the health report lists no services</source>
        <translation>le rapport d’état ne mentionne aucun service</translation>
    </message>
    <message>
        <source>the health report&apos;s entry for &apos;%1&apos; is not an object</source>
        <translation>l’entrée du rapport d’état pour &apos;%1&apos; n’est pas un objet</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation>service &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>the health history has no list of checks</source>
        <translation>l’historique d’état ne contient pas de liste de vérifications</translation>
    </message>
    <message>
        <source>a check in the health history has a bad time: %1</source>
        <translation>une vérification de l’historique d’état a une heure non valide : %1</translation>
    </message>
    <message>
        <source>a check in the health history lacks its service or time</source>
        <translation>il manque le service ou l’heure d’une vérification de l’historique d’état</translation>
    </message>
    <message>
        <source>the incident list has no items</source>
        <translation>la liste des incidents ne contient aucun élément</translation>
    </message>
    <message>
        <source>an incident has a bad time: %1</source>
        <translation>un incident a une heure non valide : %1</translation>
    </message>
    <message>
        <source>an incident lacks its start time</source>
        <translation>il manque l’heure de début d’un incident</translation>
    </message>
    <message>
        <source>the answer is not JSON (at byte %1)</source>
        <translation>la réponse n’est pas du JSON (à l’octet %1)</translation>
    </message>
    <message>
        <source>the health history has no list of buckets</source>
        <translation>l’historique d’état ne contient aucune liste de tranches</translation>
    </message>
    <message>
        <source>a bucket of the health history has a bad start: %1</source>
        <translation>une tranche de l’historique d’état a un début invalide : %1</translation>
    </message>
    <message>
        <source>a bucket of the health history lacks its service, start or count</source>
        <translation>il manque à une tranche de l’historique d’état son service, son début ou son nombre</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Medical / clinical</source>
        <translation>Médical / clinique</translation>
    </message>
    <message>
        <source>Compliance / security</source>
        <translation>Conformité / sécurité</translation>
    </message>
    <message>
        <source>Training / onboarding</source>
        <translation>Formation / prise en main</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Prochaine mise à jour</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Patient safety</source>
        <translation>Sécurité des patients</translation>
    </message>
    <message>
        <source>System downtime</source>
        <translation>Panne du système</translation>
    </message>
    <message>
        <source>Data breach</source>
        <translation>Violation de données</translation>
    </message>
    <message>
        <source>Compliance violation</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>E-mail du demandeur</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Medical case</source>
        <translation>Cas médical</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Niveau d’escalade</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Healthcare professional</source>
        <translation>Professionnel de santé</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Basic training and orientation</source>
        <translation>Formation de base et orientation</translation>
    </message>
    <message>
        <source>Medical workflows and features</source>
        <translation>Flux de travail et fonctions médicaux</translation>
    </message>
    <message>
        <source>System management and configuration</source>
        <translation>Gestion et configuration du système</translation>
    </message>
    <message>
        <source>API integration and customization</source>
        <translation>Intégration API et personnalisation</translation>
    </message>
    <message>
        <source>Medical AI Certification</source>
        <translation>Certification IA médicale</translation>
    </message>
    <message>
        <source>Data Security Specialist</source>
        <translation>Spécialiste de la sécurité des données</translation>
    </message>
    <message>
        <source>Platform Administrator</source>
        <translation>Administrateur de la plateforme</translation>
    </message>
    <message>
        <source>Compliance Officer</source>
        <translation>Responsable de la conformité</translation>
    </message>
    <message>
        <source>Healthcare AI best practices</source>
        <translation>Bonnes pratiques de l’IA en santé</translation>
    </message>
    <message>
        <source>Advanced security training</source>
        <translation>Formation avancée à la sécurité</translation>
    </message>
    <message>
        <source>System administration</source>
        <translation>Administration du système</translation>
    </message>
    <message>
        <source>Regulatory compliance</source>
        <translation>Conformité réglementaire</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désinscrit</translation>
    </message>
</context>
<context>
    <name>WrappedKeyFile</name>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>impossible d’initialiser libsodium</translation>
    </message>
    <message>
        <source>out of (locked) memory</source>
        <translation>mémoire (verrouillée) épuisée</translation>
    </message>
    <message>
        <source>there is no wrapped-key file at %1</source>
        <translation>il n’y a pas de fichier de clé protégée à l’emplacement %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>could not make the wrapped-key file private</source>
        <translation>impossible de rendre privé le fichier de clé protégée</translation>
    </message>
    <message>
        <source>a wrapped-key file already exists at %1</source>
        <translation>un fichier de clé protégée existe déjà à l’emplacement %1</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>the KDF parameters are out of range</source>
        <translation>les paramètres KDF sont hors limites</translation>
    </message>
    <message>
        <source>the KEK must be 32 bytes</source>
        <translation>la KEK doit faire 32 octets</translation>
    </message>
    <message>
        <source>the new password is empty</source>
        <translation>le nouveau mot de passe est vide</translation>
    </message>
    <message>
        <source>the data key must be 32 bytes</source>
        <translation>la clé de données doit faire 32 octets</translation>
    </message>
    <message>
        <source>could not delete %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>Argon2id failed (not enough memory?)</source>
        <translation>échec d’Argon2id (mémoire insuffisante ?)</translation>
    </message>
    <message>
        <source>the password does not open the key, or the file belongs to another user or server</source>
        <translation>le mot de passe n’ouvre pas la clé, ou le fichier appartient à un autre utilisateur ou serveur</translation>
    </message>
    <message>
        <source>not a wrapped-key file (bad magic)</source>
        <translation>pas un fichier de clé protégée (signature incorrecte)</translation>
    </message>
    <message>
        <source>unsupported wrapped-key file version</source>
        <translation>version de fichier de clé protégée non prise en charge</translation>
    </message>
    <message>
        <source>wrapped-key file has the wrong size</source>
        <translation>le fichier de clé protégée n’a pas la bonne taille</translation>
    </message>
    <message>
        <source>wrapped-key file checksum mismatch</source>
        <translation>somme de contrôle du fichier de clé protégée incorrecte</translation>
    </message>
    <message>
        <source>wrapped-key file has out-of-range KDF parameters</source>
        <translation>le fichier de clé protégée contient des paramètres KDF hors limites</translation>
    </message>
</context>
<context>
    <name>hss-console</name>
    <message>
        <source>Agent console of the Healthcare Support System.</source>
        <translation>Console agent du Healthcare Support System.</translation>
    </message>
    <message>
        <source>Server address (https://host:port); remembered.</source>
        <translation>Adresse du serveur (https://hôte:port) ; mémorisée.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>PEM file of the CA the server&apos;s certificate must chain to; remembered.</source>
        <translation>Fichier PEM de l’autorité de certification à laquelle le certificat du serveur doit être rattaché ; mémorisé.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Keep settings in this INI file instead of the user profile.</source>
        <translation>Enregistrer les paramètres dans ce fichier INI plutôt que dans le profil utilisateur.</translation>
    </message>
</context>
<context>
    <name>hss::client::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2 · sync protocol %3&lt;/p&gt;&lt;p&gt;The support and success console for healthcare organisations that run AI applications: tickets with medical-emergency SLAs, knowledge base, training and feedback, working offline from an encrypted store.&lt;/p&gt;&lt;p&gt;Server: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5, running on Qt %6.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2 · protocole de synchronisation %3&lt;/p&gt;&lt;p&gt;La console d’assistance et de suivi client pour les établissements de santé qui utilisent des applications d’IA : tickets avec SLA pour urgences médicales, base de connaissances, formation et retours, utilisable hors ligne grâce à un stockage chiffré.&lt;/p&gt;&lt;p&gt;Serveur : %4&lt;/p&gt;&lt;p&gt;Compilé avec Qt %5, exécuté sous Qt %6.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hss::client::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administration pages</source>
        <translation>Pages d’administration</translation>
    </message>
</context>
<context>
    <name>hss::client::AdminPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Page status</source>
        <translation>État de la page</translation>
    </message>
    <message>
        <source>Reload this page from the server</source>
        <translation>Recharger cette page depuis le serveur</translation>
    </message>
    <message>
        <source>Offline: this page needs a connection to the server. What you typed stays here; save once the console is online again.</source>
        <translation>Hors ligne : cette page nécessite une connexion au serveur. Ce que vous avez saisi est conservé ici ; enregistrez lorsque la console sera de nouveau en ligne.</translation>
    </message>
    <message>
        <source>This page needs a connection to the server. It loads once the console is online.</source>
        <translation>Cette page nécessite une connexion au serveur. Elle se chargera dès que la console sera en ligne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Loading from the server…</source>
        <translation>Chargement depuis le serveur…</translation>
    </message>
    <message>
        <source>This page needs a connection to the server, which could not be reached (%1). What you typed stays here.</source>
        <translation>Cette page nécessite une connexion au serveur, qui n’a pas pu être joint (%1). Ce que vous avez saisi est conservé ici.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing (%1). Reload their version? Your changes on this page would be replaced.</source>
        <translation>Quelqu’un d’autre a modifié ces données pendant votre édition (%1). Recharger sa version ? Vos modifications sur cette page seraient remplacées.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Le serveur a refusé la modification : %1</translation>
    </message>
    <message>
        <source>The server refused: this needs the admin role (%1).</source>
        <translation>Le serveur a refusé : le rôle administrateur est requis (%1).</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>Le serveur a répondu par une erreur : %1</translation>
    </message>
</context>
<context>
    <name>hss::client::AdminUserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>hss::client::AdoptionTrendTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Début (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Active professionals</source>
        <translation>Professionnels actifs</translation>
    </message>
    <message>
        <source>Licensed professionals</source>
        <translation>Professionnels sous licence</translation>
    </message>
    <message>
        <source>Adoption (%)</source>
        <translation>Adoption (%)</translation>
    </message>
</context>
<context>
    <name>hss::client::AssigneeListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation>Utilisateur inconnu %1</translation>
    </message>
    <message>
        <source>%1 (cannot be chosen again)</source>
        <translation>%1 (ne peut plus être choisi)</translation>
    </message>
</context>
<context>
    <name>hss::client::AssigneePicker</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>M’attri&amp;buer</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Type part of a name or user name to find a person</source>
        <translation>Saisissez une partie d’un nom ou d’un nom d’utilisateur pour trouver une personne</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M’attribuer</translation>
    </message>
</context>
<context>
    <name>hss::client::CertificateListWidget</name>
    <message>
        <source>&amp;Save certificate as PDF…</source>
        <translation>Enregistrer le certificat en P&amp;DF…</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Mes certificats</translation>
    </message>
    <message>
        <source>No certificates yet: complete every module of a course to earn one.</source>
        <translation>Aucun certificat pour l’instant : terminez tous les modules d’un cours pour en obtenir un.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) due for renewal within %1 days.</source>
        <translation>
            <numerusform>%n certificat à renouveler dans les %1 jours.</numerusform>
            <numerusform>%n certificats à renouveler dans les %1 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expired.</source>
        <translation>
            <numerusform>%n certificat expiré.</numerusform>
            <numerusform>%n certificats expirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate-%1.pdf</source>
        <translation>certificat-%1.pdf</translation>
    </message>
    <message>
        <source>Save certificate as PDF</source>
        <translation>Enregistrer le certificat en PDF</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
</context>
<context>
    <name>hss::client::CertificateTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <source>Renew: %n day(s) left</source>
        <translation>
            <numerusform>À renouveler : %n jour restant</numerusform>
            <numerusform>À renouveler : %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>hss::client::ChangePasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Before you can work, choose a new password that only you know. Enter the temporary password you were given as the current password. Cancelling signs you out.</source>
        <translation>Un administrateur a réinitialisé votre mot de passe. Avant de pouvoir travailler, choisissez un nouveau mot de passe connu de vous seul. Saisissez le mot de passe temporaire qui vous a été remis comme mot de passe actuel. Si vous annulez, vous serez déconnecté.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Mot de passe actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation>12 caractères au minimum.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password twice the same way.</source>
        <translation>Les deux nouveaux mots de passe diffèrent. Saisissez deux fois le même nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent du mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>hss::client::ConnectionStatusLabel</name>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;No server configured&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun serveur configuré&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;●&lt;/span&gt; Online · %1</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;●&lt;/span&gt; En ligne · %1</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Dernier contact %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;●&lt;/span&gt; Offline since %1</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;●&lt;/span&gt; Hors ligne depuis %1</translation>
    </message>
</context>
<context>
    <name>hss::client::ConsoleSession</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The server settings are not usable: %1</source>
        <translation>Les paramètres du serveur sont inutilisables : %1</translation>
    </message>
    <message>
        <source>Working offline needs one sign-in on this device while the server can be reached.</source>
        <translation>Pour travailler hors ligne, vous devez vous être connecté une fois sur cet appareil pendant que le serveur était joignable.</translation>
    </message>
    <message>
        <source>Signed in, but this device&apos;s data was locked with an earlier password of yours. Ask your administrator to reset this device&apos;s data.</source>
        <translation>Connecté, mais les données de cet appareil ont été verrouillées avec un de vos anciens mots de passe. Demandez à votre administrateur de réinitialiser les données de cet appareil.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Working offline: %1 Your changes are kept on this device and sent when the server can be reached again.</source>
        <translation>Travail hors ligne : %1 Vos modifications sont conservées sur cet appareil et envoyées dès que le serveur redevient joignable.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Lock the console and unlock it with your password to sign in again; your changes stay on this device.</source>
        <translation>Votre session sur le serveur a pris fin. Verrouillez la console puis déverrouillez-la avec votre mot de passe pour vous reconnecter ; vos modifications restent sur cet appareil.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Its data on this device can no longer be opened.</source>
        <translation>Ce compte a été désactivé sur le serveur. Ses données sur cet appareil ne peuvent plus être ouvertes.</translation>
    </message>
    <message>
        <source>The server answered but refused the sign-in: %1 You keep working offline; sign out and in again to sync.</source>
        <translation>Le serveur a répondu mais a refusé la connexion : %1 Vous continuez à travailler hors ligne ; déconnectez-vous puis reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Personne n’est connecté.</translation>
    </message>
    <message>
        <source>Sync has stopped: %1. Every change made here is kept on this device and is sent once the console or the server has been updated.</source>
        <translation>La synchronisation est arrêtée : %1. Toutes les modifications effectuées ici sont conservées sur cet appareil et seront envoyées dès que la console ou le serveur aura été mis à jour.</translation>
    </message>
</context>
<context>
    <name>hss::client::CourseTableModel</name>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Parcours de formation</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>hss::client::CsatTrendTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Début (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfaits</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
</context>
<context>
    <name>hss::client::DashboardFilterBar</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Au (UTC)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe :</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read</source>
        <translation>
            <numerusform>%n ticket lu</numerusform>
            <numerusform>%n tickets lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Impossible de lire les chiffres : %1</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Recalcul…</translation>
    </message>
</context>
<context>
    <name>hss::client::DashboardPanel</name>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique comme image PNG</translation>
    </message>
    <message>
        <source>Data…</source>
        <translation>Données…</translation>
    </message>
    <message>
        <source>Save the data behind this chart as CSV</source>
        <translation>Enregistrer les données de ce graphique au format CSV</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Enregistrer l’image…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Enregistrer les données au format CSV…</translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>Impossible d’écrire l’image dans %1.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>hss::client::DurationTrendTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Début (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Médiane (min)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90e centile (min)</translation>
    </message>
</context>
<context>
    <name>hss::client::EmergencyTicketTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
</context>
<context>
    <name>hss::client::EscalationMatrixPage</name>
    <message>
        <source>&amp;Add level</source>
        <translation>&amp;Ajouter un niveau</translation>
    </message>
    <message>
        <source>Re&amp;move level</source>
        <translation>&amp;Supprimer le niveau</translation>
    </message>
    <message>
        <source>&amp;Save escalation matrix</source>
        <translation>&amp;Enregistrer la matrice d’escalade</translation>
    </message>
    <message>
        <source>Escalation levels</source>
        <translation>Niveaux d’escalade</translation>
    </message>
    <message>
        <source>Who is told when an SLA clock reaches an escalation level. People are user names, separated by commas; each must be an active account.</source>
        <translation>Personnes prévenues lorsqu’un compteur SLA atteint un niveau d’escalade. Les personnes sont des noms d’utilisateur séparés par des virgules ; chacun doit correspondre à un compte actif.</translation>
    </message>
    <message>
        <source>Escalation matrix</source>
        <translation>Matrice d’escalade</translation>
    </message>
    <message>
        <source>name at least one channel</source>
        <translation>indiquez au moins un canal</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Escalation matrix saved.</source>
        <translation>Matrice d’escalade enregistrée.</translation>
    </message>
</context>
<context>
    <name>hss::client::EscalationMatrixTableModel</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>People (user names)</source>
        <translation>Personnes (noms d’utilisateur)</translation>
    </message>
    <message>
        <source>Channels (email, slack, sms)</source>
        <translation>Canaux (email, slack, sms)</translation>
    </message>
</context>
<context>
    <name>hss::client::FeedbackDialog</name>
    <message>
        <source>Loading the ticket…</source>
        <translation>Chargement du ticket…</translation>
    </message>
    <message>
        <source>Ticket feedback</source>
        <translation>Retour sur le ticket</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>Note de satisfaction</translation>
    </message>
    <message>
        <source>Feedback category</source>
        <translation>Catégorie du retour</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Commentaire du retour</translation>
    </message>
    <message>
        <source>What went well, what could be better? (optional)</source>
        <translation>Qu’est-ce qui s’est bien passé, qu’est-ce qui pourrait être amélioré ? (facultatif)</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket :</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Satisfaction :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <source>S&amp;ubmit feedback</source>
        <translation>&amp;Envoyer le retour</translation>
    </message>
    <message>
        <source>This ticket is not stored on this computer.</source>
        <translation>Ce ticket n’est pas enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Feedback can only be given on a ticket stored here.</source>
        <translation>Un retour ne peut être donné que sur un ticket enregistré ici.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This ticket is not resolved yet. Feedback and a satisfaction score can only be given once a ticket is resolved or closed.</source>
        <translation>Ce ticket n’est pas encore résolu. Un retour et une note de satisfaction ne peuvent être donnés qu’une fois le ticket résolu ou fermé.</translation>
    </message>
    <message>
        <source>Please choose a satisfaction score from 1 to 5.</source>
        <translation>Veuillez choisir une note de satisfaction de 1 à 5.</translation>
    </message>
    <message>
        <source>feedback can only be given on a resolved or closed ticket.</source>
        <translation>un retour ne peut être donné que sur un ticket résolu ou fermé.</translation>
    </message>
    <message>
        <source>The feedback was not saved: %1</source>
        <translation>Le retour n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Outcome of the AI decision</source>
        <translation>Résultat de la décision de l’IA</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Incorrecte</translation>
    </message>
    <message>
        <source>Near miss (caught before it affected care)</source>
        <translation>Quasi-incident (détecté avant d’affecter les soins)</translation>
    </message>
    <message>
        <source>AI &amp;decision was:</source>
        <translation>La &amp;décision de l’IA était :</translation>
    </message>
</context>
<context>
    <name>hss::client::FeedbackTableModel</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Ticket not stored here</source>
        <translation>Ticket non enregistré ici</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>hss::client::FeedbackWidget</name>
    <message>
        <source>&amp;Give feedback…</source>
        <translation>&amp;Donner un retour…</translation>
    </message>
    <message>
        <source>Rate a resolved ticket</source>
        <translation>Évaluer un ticket résolu</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket :</translation>
    </message>
    <message>
        <source>Resolved or closed ticket to rate</source>
        <translation>Ticket résolu ou fermé à évaluer</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Retours reçus</translation>
    </message>
    <message>
        <source>Feedback list</source>
        <translation>Liste des retours</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Aucun retour pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), none with a CSAT score.</source>
        <translation>
            <numerusform>%n entrée, aucune avec une note CSAT.</numerusform>
            <numerusform>%n entrées, aucune avec une note CSAT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); average CSAT %1 of 5 from %2 score(s).</source>
        <translation>
            <numerusform>%n entrée ; CSAT moyen de %1 sur 5 pour %2 note(s).</numerusform>
            <numerusform>%n entrées ; CSAT moyen de %1 sur 5 pour %2 note(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No resolved or closed tickets</source>
        <translation>Aucun ticket résolu ou fermé</translation>
    </message>
</context>
<context>
    <name>hss::client::HealthAlertTableModel</name>
    <message>
        <source>Overall status</source>
        <translation>État global</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <source>Services down now</source>
        <translation>Services actuellement en panne</translation>
    </message>
    <message>
        <source>Services degraded now</source>
        <translation>Services actuellement dégradés</translation>
    </message>
    <message>
        <source>State changes (alerts)</source>
        <translation>Changements d’état (alertes)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) in the period</source>
        <translation>
            <numerusform>%n vérification sur la période</numerusform>
            <numerusform>%n vérifications sur la période</numerusform>
        </translation>
    </message>
    <message>
        <source>affected: %1</source>
        <translation>concernés : %1</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidents ouverts sur la période</translation>
    </message>
    <message>
        <source>Incidents open now</source>
        <translation>Incidents actuellement ouverts</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>hss::client::HealthIncidentTableModel</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Ouvert (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Fermé (UTC)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
</context>
<context>
    <name>hss::client::HomePage</name>
    <message>
        <source>&lt;h1 style=&apos;margin:0&apos;&gt;%1&lt;/h1&gt;&lt;p style=&apos;margin:0&apos;&gt;Agent console for support and medical staff: tickets with emergency SLAs, knowledge base, training and feedback.&lt;/p&gt;</source>
        <translation>&lt;h1 style=&apos;margin:0&apos;&gt;%1&lt;/h1&gt;&lt;p style=&apos;margin:0&apos;&gt;Console des agents pour le personnel d’assistance et médical : tickets avec SLA d’urgence, base de connaissances, formation et retours.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Version du serveur :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Trusted certificate authority:</source>
        <translation>Autorité de certification de confiance :</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact :</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problème :</translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation>&amp;Vérifier la connexion maintenant</translation>
    </message>
    <message>
        <source>Check connection now</source>
        <translation>Vérifier la connexion maintenant</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;Online&lt;/b&gt;&lt;/span&gt; · TLS verified</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;En ligne&lt;/b&gt;&lt;/span&gt; · TLS vérifié</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9a6700&apos;&gt;&lt;b&gt;Online, degraded&lt;/b&gt;&lt;/span&gt; · TLS verified</source>
        <translation>&lt;span style=&apos;color:#9a6700&apos;&gt;&lt;b&gt;En ligne, fonctionnement dégradé&lt;/b&gt;&lt;/span&gt; · TLS vérifié</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Offline&lt;/b&gt;&lt;/span&gt; since %1</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Hors ligne&lt;/b&gt;&lt;/span&gt; depuis %1</translation>
    </message>
    <message>
        <source>%1 (protocol %2)</source>
        <translation>%1 (protocole %2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Sécurité de la connexion :</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur :</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valable jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>hss::client::KbArticleEditorDialog</name>
    <message>
        <source>The server cannot be reached, so nothing was saved. Your text is still here: save again once the connection is back.</source>
        <translation>Le serveur est injoignable : rien n’a été enregistré. Votre texte est toujours là ; enregistrez de nouveau dès que la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>The server did not save the article: %1</source>
        <translation>Le serveur n’a pas enregistré l’article : %1</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Edit “%1” (version %2)</source>
        <translation>Modifier « %1 » (version %2)</translation>
    </message>
    <message>
        <source>This translation now matches version %1 of the original</source>
        <translation>Cette traduction correspond désormais à la version %1 de l’original</translation>
    </message>
    <message>
        <source>Translate “%1”</source>
        <translation>Traduire « %1 »</translation>
    </message>
    <message>
        <source>Translated from version %1</source>
        <translation>Traduit à partir de la version %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>e.g. en, de, fr, es, pt-BR</source>
        <translation>p. ex. en, de, fr, es, pt-BR</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien vers la vidéo</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <source>Article text (HTML)</source>
        <translation>Texte de l’article (HTML)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Text (HTML)</source>
        <translation>&amp;Texte (HTML)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications apportées</translation>
    </message>
    <message>
        <source>A few words for the reviewers and the history (optional)</source>
        <translation>Quelques mots pour les relecteurs et l’historique (facultatif)</translation>
    </message>
    <message>
        <source>Translation up to date with the original</source>
        <translation>Traduction à jour par rapport à l’original</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Lien vers la &amp;vidéo :</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Modifications apportées :</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>Someone else saved a newer version of this article while you were writing. Save your text as the next version anyway? The other change stays in the history and can be compared there.</source>
        <translation>Quelqu’un d’autre a enregistré une version plus récente de cet article pendant votre rédaction. Enregistrer quand même votre texte comme version suivante ? L’autre modification reste dans l’historique, où vous pouvez la comparer.</translation>
    </message>
    <message>
        <source>Not saved: a newer version exists. Your text is still here.</source>
        <translation>Non enregistré : une version plus récente existe. Votre texte est toujours là.</translation>
    </message>
</context>
<context>
    <name>hss::client::KbArticleReader</name>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Choisissez un article pour le lire ici.</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien vers la vidéo</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Vote helpful</source>
        <translation>Voter « utile »</translation>
    </message>
    <message>
        <source>Vote not helpful</source>
        <translation>Voter « pas utile »</translation>
    </message>
    <message>
        <source>Article and history</source>
        <translation>Article et historique</translation>
    </message>
    <message>
        <source>Was this article helpful?</source>
        <translation>Cet article vous a-t-il été utile ?</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3 · updated %4 · %5</source>
        <translation>%1 · %2 · version %3 · mis à jour %4 · %5</translation>
    </message>
    <message>
        <source>Video: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Vidéo : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Helpful (%1)</source>
        <translation>Utile (%1)</translation>
    </message>
    <message>
        <source>Not helpful (%1)</source>
        <translation>Pas utile (%1)</translation>
    </message>
    <message>
        <source>You have not voted.</source>
        <translation>Vous n’avez pas encore voté.</translation>
    </message>
    <message>
        <source>You found it helpful.</source>
        <translation>Vous l’avez trouvé utile.</translation>
    </message>
    <message>
        <source>You found it not helpful.</source>
        <translation>Vous ne l’avez pas trouvé utile.</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>Cet article n’est plus disponible.</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>Pas utile</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>Vote non enregistré</translation>
    </message>
    <message>
        <source>Your vote could not be saved: %1</source>
        <translation>Votre vote n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Translation state</source>
        <translation>État de la traduction</translation>
    </message>
    <message>
        <source>Translations of this article</source>
        <translation>Traductions de cet article</translation>
    </message>
    <message>
        <source>Tra&amp;nslations</source>
        <translation>Tra&amp;ductions</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · from version %4: out of date</source>
        <translation>%1 · %2 · %3 · d’après la version %4 : obsolète</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · up to date</source>
        <translation>%1 · %2 · %3 · à jour</translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>Aucune traduction pour le moment.</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>l’original</translation>
    </message>
    <message>
        <source>Translation of “%1” made from version %2; the original is now at version %3, so this translation is out of date.</source>
        <translation>Traduction de « %1 » réalisée à partir de la version %2 ; l’original en est maintenant à la version %3 : cette traduction est donc obsolète.</translation>
    </message>
    <message>
        <source>Translation of “%1”, up to date with its version %2.</source>
        <translation>Traduction de « %1 », à jour par rapport à sa version %2.</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>La modification nécessite une connexion au serveur.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurer la version %1</translation>
    </message>
    <message>
        <source>Store the text of version %1 as a new version %2? The versions in between stay in the history.</source>
        <translation>Enregistrer le texte de la version %1 comme nouvelle version %2 ? Les versions intermédiaires restent dans l’historique.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>The server did not restore the version: %1</source>
        <translation>Le serveur n’a pas restauré la version : %1</translation>
    </message>
</context>
<context>
    <name>hss::client::KbArticleTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n found it helpful</source>
        <translation>
            <numerusform>%n l’a trouvé utile</numerusform>
            <numerusform>%n l’ont trouvé utile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not</source>
        <translation>
            <numerusform>%n ne l’a pas trouvé utile</numerusform>
            <numerusform>%n ne l’ont pas trouvé utile</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Helpful / not</source>
        <translation>Utile / pas utile</translation>
    </message>
</context>
<context>
    <name>hss::client::KbEditorBar</name>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre à la relecture</translation>
    </message>
    <message>
        <source>Send to medical review</source>
        <translation>Envoyer en relecture médicale</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Approuver et publier</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Rouvrir comme brouillon</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Draft: readers do not see it until it is reviewed and published.</source>
        <translation>Brouillon : les lecteurs ne le voient pas tant qu’il n’a pas été relu et publié.</translation>
    </message>
    <message>
        <source>In review: a supervisor or admin checks it, then a medical agent reviews it.</source>
        <translation>En relecture : un superviseur ou un administrateur le vérifie, puis un agent médical le relit.</translation>
    </message>
    <message>
        <source>In review: waiting for a supervisor or admin.</source>
        <translation>En relecture : en attente d’un superviseur ou d’un administrateur.</translation>
    </message>
    <message>
        <source>In medical review: waiting for a medical agent to sign it off.</source>
        <translation>En relecture médicale : en attente de validation par un agent médical.</translation>
    </message>
    <message>
        <source>Published: every reader sees this version. A change goes through review again.</source>
        <translation>Publié : tous les lecteurs voient cette version. Toute modification repasse en relecture.</translation>
    </message>
    <message>
        <source>Archived: kept for the record, not shown to readers.</source>
        <translation>Archivé : conservé pour mémoire, non visible par les lecteurs.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Traduire…</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État de la relecture</translation>
    </message>
    <message>
        <source>Edit the article</source>
        <translation>Modifier l’article</translation>
    </message>
    <message>
        <source>Translate the article</source>
        <translation>Traduire l’article</translation>
    </message>
    <message>
        <source>Note for the next step</source>
        <translation>Note pour l’étape suivante</translation>
    </message>
    <message>
        <source>Note for the next step (e.g. what to change)</source>
        <translation>Note pour l’étape suivante (p. ex. ce qu’il faut modifier)</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>La modification nécessite une connexion au serveur.</translation>
    </message>
    <message>
        <source>You saved this version: someone else must approve it.</source>
        <translation>Vous avez enregistré cette version : une autre personne doit l’approuver.</translation>
    </message>
    <message>
        <source>Step not taken</source>
        <translation>Étape non effectuée</translation>
    </message>
    <message>
        <source>Someone changed this article meanwhile; look at the new version first.</source>
        <translation>Quelqu’un a modifié cet article entre-temps ; consultez d’abord la nouvelle version.</translation>
    </message>
    <message>
        <source>The server refused the step: %1</source>
        <translation>Le serveur a refusé l’étape : %1</translation>
    </message>
</context>
<context>
    <name>hss::client::KbHistoryPanel</name>
    <message>
        <source>Older version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Différences entre les versions</translation>
    </message>
    <message>
        <source>Compare &amp;version</source>
        <translation>Comparer la &amp;version</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;avec</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Only one version is kept on this console: nothing to compare.</source>
        <translation>Une seule version est conservée sur cette console : rien à comparer.</translation>
    </message>
    <message>
        <source>These versions are not stored on this console.</source>
        <translation>Ces versions ne sont pas enregistrées sur cette console.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%2) → version %3 (%4): %n change(s)</source>
        <translation>
            <numerusform>Version %1 (%2) → version %3 (%4) : %n modification</numerusform>
            <numerusform>Version %1 (%2) → version %3 (%4) : %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore the older version</source>
        <translation>&amp;Restaurer la version antérieure</translation>
    </message>
    <message>
        <source>Restore the older version as the next version</source>
        <translation>Restaurer la version antérieure comme version suivante</translation>
    </message>
</context>
<context>
    <name>hss::client::KnowledgeBaseWidget</name>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>Rechercher dans les titres et le texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Rechercher dans la base de connaissances</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n article</numerusform>
            <numerusform>%1, %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Rédiger un nouvel article</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>La modification nécessite une connexion au serveur.</translation>
    </message>
</context>
<context>
    <name>hss::client::KpiCardTableModel</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 with an impossible time left out</source>
        <translation>
            <numerusform>%n ticket, %1 avec une durée impossible exclu(s)</numerusform>
            <numerusform>%n tickets, %1 avec une durée impossible exclu(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Tickets créés</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>sur la période</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Première réponse (médiane)</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>Résolution (médiane)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>%1 of %2 answers satisfied</source>
        <translation>%1 réponses satisfaites sur %2</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect des SLA</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Taux d’escalade</translation>
    </message>
    <message>
        <source>%1 of %2 tickets escalated</source>
        <translation>%1 tickets escaladés sur %2</translation>
    </message>
    <message>
        <source>Average sentiment</source>
        <translation>Sentiment moyen</translation>
    </message>
    <message>
        <source>-1 … 1</source>
        <translation>-1 … 1</translation>
    </message>
    <message>
        <source>Clinical adoption</source>
        <translation>Adoption clinique</translation>
    </message>
    <message>
        <source>no usage figures in the period</source>
        <translation>aucune donnée d’utilisation sur la période</translation>
    </message>
    <message>
        <source>%1 of %2 licensed professionals active, %3 – %4</source>
        <translation>%1 professionnels actifs sur %2 sous licence, %3 – %4</translation>
    </message>
    <message>
        <source>Open emergencies</source>
        <translation>Urgences ouvertes</translation>
    </message>
    <message>
        <source>now, whenever created</source>
        <translation>actuellement, quelle que soit la date de création</translation>
    </message>
    <message>
        <source>Emergency response (median)</source>
        <translation>Réponse aux urgences (médiane)</translation>
    </message>
    <message>
        <source>Emergencies answered within 30 min</source>
        <translation>Urgences traitées en moins de 30 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Medical SLA compliance</source>
        <translation>Respect des SLA médicaux</translation>
    </message>
    <message>
        <source>Patient safety score</source>
        <translation>Score de sécurité des patients</translation>
    </message>
    <message>
        <source>no safety reports in the period</source>
        <translation>aucun signalement de sécurité sur la période</translation>
    </message>
    <message>
        <source>%1 correct, %2 incorrect, %3 near misses</source>
        <translation>%1 correctes, %2 incorrectes, %3 quasi-incidents</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>hss::client::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The console will use the new language the next time you start it.</source>
        <translation>La console utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>hss::client::MainWindow</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation>&amp;Vérifier la connexion maintenant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de connaissances</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>F&amp;ormation</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Retours</translation>
    </message>
    <message>
        <source>Workspace pages</source>
        <translation>Pages de l’espace de travail</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>État du système</translation>
    </message>
    <message>
        <source>&amp;Support dashboard</source>
        <translation>Tableau de bord &amp;support</translation>
    </message>
    <message>
        <source>&amp;Medical dashboard</source>
        <translation>Tableau de bord &amp;médical</translation>
    </message>
    <message>
        <source>S&amp;ystem health</source>
        <translation>État du s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
</context>
<context>
    <name>hss::client::MedicalDashboardWidget</name>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Open emergency tickets</source>
        <translation>Tickets d’urgence ouverts</translation>
    </message>
    <message>
        <source>Medical tickets resolved within SLA</source>
        <translation>Tickets médicaux résolus dans les délais SLA</translation>
    </message>
    <message>
        <source>Patient safety (AI decisions)</source>
        <translation>Sécurité des patients (décisions de l’IA)</translation>
    </message>
    <message>
        <source>Clinical adoption</source>
        <translation>Adoption clinique</translation>
    </message>
    <message>
        <source>% active</source>
        <translation>% actifs</translation>
    </message>
    <message>
        <source>No open emergency tickets.</source>
        <translation>Aucun ticket d’urgence ouvert.</translation>
    </message>
    <message>
        <source>No usage figures whose reporting period lies within the chosen period.</source>
        <translation>Aucune donnée d’utilisation dont la période de rapport se situe dans la période choisie.</translation>
    </message>
</context>
<context>
    <name>hss::client::NewSlaPolicyDialog</name>
    <message>
        <source>New SLA policy</source>
        <translation>Nouvelle politique SLA</translation>
    </message>
    <message>
        <source>Priority of the tickets the policy is for</source>
        <translation>Priorité des tickets concernés par la politique</translation>
    </message>
    <message>
        <source>Category of the tickets the policy is for</source>
        <translation>Catégorie des tickets concernés par la politique</translation>
    </message>
    <message>
        <source>Any category (the priority&apos;s fallback)</source>
        <translation>Toute catégorie (politique par défaut de la priorité)</translation>
    </message>
    <message>
        <source>Business calendar the policy counts in</source>
        <translation>Calendrier ouvré utilisé par la politique pour le décompte</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendrier :</translation>
    </message>
    <message>
        <source>&amp;Add policy</source>
        <translation>&amp;Ajouter la politique</translation>
    </message>
    <message>
        <source>There already is a policy for these tickets (&quot;%1&quot;): change its targets in the table.</source>
        <translation>Une politique existe déjà pour ces tickets (« %1 ») : modifiez ses objectifs dans le tableau.</translation>
    </message>
    <message>
        <source>The targets start as those of &quot;%1&quot;, which covers these tickets today.</source>
        <translation>Les objectifs reprennent au départ ceux de « %1 », qui couvre actuellement ces tickets.</translation>
    </message>
    <message>
        <source>The targets start at the product&apos;s defaults for this priority.</source>
        <translation>Les objectifs reprennent au départ les valeurs par défaut du produit pour cette priorité.</translation>
    </message>
</context>
<context>
    <name>hss::client::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Requester name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>E-mail du demandeur</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Medical case reference</source>
        <translation>Référence du cas médical</translation>
    </message>
    <message>
        <source>What is the problem? (required)</source>
        <translation>Quel est le problème ? (obligatoire)</translation>
    </message>
    <message>
        <source>What happened, who is affected, since when…</source>
        <translation>Ce qui s’est passé, qui est concerné, depuis quand…</translation>
    </message>
    <message>
        <source>optional, e.g. for phone tickets</source>
        <translation>facultatif, p. ex. pour les tickets téléphoniques</translation>
    </message>
    <message>
        <source>optional, e.g. MC-2026-00042</source>
        <translation>facultatif, p. ex. MC-2026-00042</translation>
    </message>
    <message>
        <source>&amp;Create ticket</source>
        <translation>&amp;Créer le ticket</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>Demandeu&amp;r :</translation>
    </message>
    <message>
        <source>Requester &amp;e-mail:</source>
        <translation>&amp;E-mail du demandeur :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Can&amp;al :</translation>
    </message>
    <message>
        <source>Medical &amp;case:</source>
        <translation>Cas &amp;médical :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>Enter who reported the problem (the requester&apos;s name).</source>
        <translation>Indiquez qui a signalé le problème (nom du demandeur).</translation>
    </message>
    <message>
        <source>Cannot create the ticket</source>
        <translation>Impossible de créer le ticket</translation>
    </message>
    <message>
        <source>Create an emergency ticket?</source>
        <translation>Créer un ticket d’urgence ?</translation>
    </message>
    <message>
        <source>This ticket will be marked as a medical emergency and sent before every other change. Create it?</source>
        <translation>Ce ticket sera signalé comme urgence médicale et envoyé avant toute autre modification. Le créer ?</translation>
    </message>
    <message>
        <source>Discard the new ticket?</source>
        <translation>Abandonner le nouveau ticket ?</translation>
    </message>
    <message>
        <source>The new ticket is not created yet. Discard what you typed?</source>
        <translation>Le nouveau ticket n’est pas encore créé. Abandonner ce que vous avez saisi ?</translation>
    </message>
</context>
<context>
    <name>hss::client::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>lower case letters, digits, . _ -</source>
        <translation>lettres minuscules, chiffres, . _ -</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Teams, separated by commas</source>
        <translation>Équipes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles :</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>É&amp;quipes :</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Mot de &amp;passe initial :</translation>
    </message>
    <message>
        <source>use 3 or more lower case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>utilisez au moins 3 lettres minuscules, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>choose at least one role</source>
        <translation>choisissez au moins un rôle</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>hss::client::NotificationChannelTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Envoie à</translation>
    </message>
    <message>
        <source>Medical escalation</source>
        <translation>Escalade médicale</translation>
    </message>
    <message>
        <source>Sent (24 h)</source>
        <translation>Envoyés (24 h)</translation>
    </message>
    <message>
        <source>Failed (24 h)</source>
        <translation>Échecs (24 h)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
</context>
<context>
    <name>hss::client::NotificationChannelsPage</name>
    <message>
        <source>Notification channels</source>
        <translation>Canaux de notification</translation>
    </message>
    <message>
        <source>Test recipient (optional)</source>
        <translation>Destinataire de test (facultatif)</translation>
    </message>
    <message>
        <source>optional: an address or phone number; empty sends to the configured one</source>
        <translation>facultatif : une adresse ou un numéro de téléphone ; si vide, l’envoi se fait au destinataire configuré</translation>
    </message>
    <message>
        <source>Test &amp;recipient:</source>
        <translation>&amp;Destinataire de test :</translation>
    </message>
    <message>
        <source>Send test: %1</source>
        <translation>Envoyer un test : %1</translation>
    </message>
    <message>
        <source>Send a test message through %1</source>
        <translation>Envoyer un message de test via %1</translation>
    </message>
    <message>
        <source>This channel is disabled in the server&apos;s configuration.</source>
        <translation>Ce canal est désactivé dans la configuration du serveur.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
</context>
<context>
    <name>hss::client::OrganisationSettingsPage</name>
    <message>
        <source>Closed tickets (days, 0 = keep):</source>
        <translation>Tickets clos (jours, 0 = conserver) :</translation>
    </message>
    <message>
        <source>Audit log, kept at least (days):</source>
        <translation>Journal d’audit, conservé au moins (jours) :</translation>
    </message>
    <message>
        <source>Server health history (days):</source>
        <translation>Historique de l’état du serveur (jours) :</translation>
    </message>
    <message>
        <source>Sent notifications (days):</source>
        <translation>Notifications envoyées (jours) :</translation>
    </message>
    <message>
        <source>Sync change records (days):</source>
        <translation>Enregistrements de modifications de synchronisation (jours) :</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Idle lock time in minutes</source>
        <translation>Délai de verrouillage pour inactivité en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Verrouillage pour inactivité</translation>
    </message>
    <message>
        <source>Lock consoles after &amp;idle time:</source>
        <translation>Verrouiller les consoles après une &amp;inactivité de :</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Conservation des données</translation>
    </message>
    <message>
        <source>The server deletes older data in small batches. The audit log is never deleted early: its period is the least time it is kept.</source>
        <translation>Le serveur supprime les données plus anciennes par petits lots. Le journal d’audit n’est jamais supprimé de manière anticipée : sa durée est la durée minimale de conservation.</translation>
    </message>
    <message>
        <source>Idle lock and data retention</source>
        <translation>Verrouillage pour inactivité et conservation des données</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Consoles lock after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Paramètres enregistrés. Les consoles se verrouillent après %n minute d’inactivité.</numerusform>
            <numerusform>Paramètres enregistrés. Les consoles se verrouillent après %n minutes d’inactivité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::OutcomeTableModel</name>
    <message>
        <source>Correct</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Incorrecte</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Quasi-incident</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>Compteurs SLA</translation>
    </message>
</context>
<context>
    <name>hss::client::PasswordChangeController</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Changing your password needs a connection to the server. Try again when online.</source>
        <translation>Le changement de mot de passe nécessite une connexion au serveur. Réessayez lorsque vous serez en ligne.</translation>
    </message>
</context>
<context>
    <name>hss::client::PasswordChanger</name>
    <message>
        <source>Changing your password needs a connection to the server. Try again when online.</source>
        <translation>Le changement de mot de passe nécessite une connexion au serveur. Réessayez lorsque vous serez en ligne.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password is not accepted: %1</source>
        <translation>Le nouveau mot de passe n’est pas accepté : %1</translation>
    </message>
    <message>
        <source>The server could not be reached; your password is unchanged. (%1)</source>
        <translation>Le serveur n’a pas pu être joint ; votre mot de passe n’a pas été modifié. (%1)</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Your password has been changed on the server, but this device&apos;s data is still locked with the old one: %1</source>
        <translation>Votre mot de passe a été modifié sur le serveur, mais les données de cet appareil sont toujours verrouillées avec l’ancien : %1</translation>
    </message>
</context>
<context>
    <name>hss::client::ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>%1 will have to sign in again on every device, with this password.</source>
        <translation>%1 devra se reconnecter sur chaque appareil, avec ce mot de passe.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>type the new password</source>
        <translation>saisissez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Réinitialisation…</translation>
    </message>
</context>
<context>
    <name>hss::client::ResponseTimeTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Début (ms)</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
</context>
<context>
    <name>hss::client::ServerConnection</name>
    <message>
        <source>The server address must start with https:// and name a host (got &quot;%1&quot;).</source>
        <translation>L’adresse du serveur doit commencer par https:// et désigner un hôte (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n’est pas de confiance : %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Le serveur a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
</context>
<context>
    <name>hss::client::ServiceStatusTableModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>The last check is older than the monitor&apos;s cycle: the monitor may have stopped.</source>
        <translation>La dernière vérification est plus ancienne que le cycle de surveillance : la surveillance s’est peut-être arrêtée.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Checked (UTC)</source>
        <translation>Vérifié (UTC)</translation>
    </message>
    <message>
        <source>Uptime 24 h (%)</source>
        <translation>Disponibilité 24 h (%)</translation>
    </message>
    <message>
        <source>Uptime 7 d (%)</source>
        <translation>Disponibilité 7 j (%)</translation>
    </message>
    <message>
        <source>Errors 24 h (%)</source>
        <translation>Erreurs 24 h (%)</translation>
    </message>
    <message>
        <source>Errors 7 d (%)</source>
        <translation>Erreurs 7 j (%)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>hss::client::SignInDialog</name>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Code d’authentification :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Code d’authentification</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in with your support account. Without a connection to the server you can still work on this device&apos;s copy, if you signed in here before.</source>
        <translation>Connectez-vous avec votre compte d’assistance. Sans connexion au serveur, vous pouvez continuer à travailler sur la copie de cet appareil si vous vous y êtes déjà connecté.</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaCalendarEditor</name>
    <message>
        <source>Open around the clock (24/7)</source>
        <translation>Ouvert en permanence (24 h/24, 7 j/7)</translation>
    </message>
    <message>
        <source>Calendar to edit</source>
        <translation>Calendrier à modifier</translation>
    </message>
    <message>
        <source>Calendar name</source>
        <translation>Nom du calendrier</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>p. ex. Europe/Berlin</translation>
    </message>
    <message>
        <source>Holidays, one date per line</source>
        <translation>Jours fériés, une date par ligne</translation>
    </message>
    <message>
        <source>2026-12-25</source>
        <translation>2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendrier :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>Heures d’ouverture le %1</translation>
    </message>
    <message>
        <source>closed, or e.g. 08:00-12:00, 13:00-18:00</source>
        <translation>fermé, ou p. ex. 08:00-12:00, 13:00-18:00</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Jours fériés :</translation>
    </message>
    <message>
        <source>%1: write the hours as HH:MM-HH:MM, separated by commas (e.g. 08:00-12:00, 13:00-18:00)</source>
        <translation>%1 : saisissez les heures au format HH:MM-HH:MM, séparées par des virgules (p. ex. 08:00-12:00, 13:00-18:00)</translation>
    </message>
    <message>
        <source>Holidays: &quot;%1&quot; is not a date like 2026-12-25</source>
        <translation>Jours fériés : « %1 » n’est pas une date au format 2026-12-25</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaClocksWidget</name>
    <message>
        <source>SLA clocks</source>
        <translation>Compteurs SLA</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clock&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compteur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State&lt;/b&gt;</source>
        <translation>&lt;b&gt;État&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remaining&lt;/b&gt;</source>
        <translation>&lt;b&gt;Restant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Échéance&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Escalation level: –</source>
        <translation>Niveau d’escalade : –</translation>
    </message>
    <message>
        <source>No SLA report yet: the clocks appear once the server has seen this ticket.</source>
        <translation>Pas encore de rapport SLA : les compteurs apparaîtront dès que le serveur aura reçu ce ticket.</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
    </message>
    <message>
        <source>Escalation level: %1</source>
        <translation>Niveau d’escalade : %1</translation>
    </message>
    <message>
        <source>Estimated on this console until the server reports the clocks.</source>
        <translation>Estimation locale de cette console en attendant les compteurs du serveur.</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaConfigurationPage</name>
    <message>
        <source>&amp;Save SLA configuration</source>
        <translation>&amp;Enregistrer la configuration SLA</translation>
    </message>
    <message>
        <source>SLA policies: targets in business minutes</source>
        <translation>Politiques SLA : objectifs en minutes ouvrées</translation>
    </message>
    <message>
        <source>Save the SLA policies and calendars</source>
        <translation>Enregistrer les politiques SLA et les calendriers</translation>
    </message>
    <message>
        <source>Policies (business minutes)</source>
        <translation>Politiques (minutes ouvrées)</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>Calendriers ouvrés</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>Politiques SLA et calendriers</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved as revision %1. Open tickets are re-planned by the server.</source>
        <translation>Enregistré en tant que révision %1. Les tickets ouverts sont replanifiés par le serveur.</translation>
    </message>
    <message>
        <source>&amp;Add policy…</source>
        <translation>&amp;Ajouter une politique…</translation>
    </message>
    <message>
        <source>Re&amp;move policy</source>
        <translation>&amp;Supprimer la politique</translation>
    </message>
    <message>
        <source>Add an SLA policy for a priority and category</source>
        <translation>Ajouter une politique SLA pour une priorité et une catégorie</translation>
    </message>
    <message>
        <source>Remove the selected SLA policy</source>
        <translation>Supprimer la politique SLA sélectionnée</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; added: set its targets, then save.</source>
        <translation>Politique « %1 » ajoutée : définissez ses objectifs, puis enregistrez.</translation>
    </message>
    <message>
        <source>Select the policy to remove first.</source>
        <translation>Sélectionnez d’abord la politique à supprimer.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; removed: save to apply, or reload to keep it.</source>
        <translation>Politique « %1 » supprimée : enregistrez pour appliquer, ou rechargez pour la conserver.</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaPolicyTableModel</name>
    <message>
        <source>Policy &quot;%1&quot;</source>
        <translation>Politique « %1 »</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>First response (min)</source>
        <translation>Première réponse (min)</translation>
    </message>
    <message>
        <source>Next update (min)</source>
        <translation>Prochaine mise à jour (min)</translation>
    </message>
    <message>
        <source>Resolution (min)</source>
        <translation>Résolution (min)</translation>
    </message>
    <message>
        <source>Escalate after (min)</source>
        <translation>Escalader après (min)</translation>
    </message>
</context>
<context>
    <name>hss::client::SqlCipherDriver</name>
    <message>
        <source>No encryption key was given</source>
        <translation>Aucune clé de chiffrement n’a été fournie</translation>
    </message>
    <message>
        <source>call setRawKey() with a 32-byte key first</source>
        <translation>appelez d’abord setRawKey() avec une clé de 32 octets</translation>
    </message>
    <message>
        <source>Cannot open the database file %1</source>
        <translation>Impossible d’ouvrir le fichier de base de données %1</translation>
    </message>
    <message>
        <source>Cannot key the database</source>
        <translation>Impossible d’appliquer la clé à la base de données</translation>
    </message>
    <message>
        <source>Cannot set the page size</source>
        <translation>Impossible de définir la taille de page</translation>
    </message>
    <message>
        <source>The file is not a database of this user, or it is damaged</source>
        <translation>Le fichier n’est pas une base de données de cet utilisateur, ou il est endommagé</translation>
    </message>
    <message>
        <source>Cannot re-encrypt the database</source>
        <translation>Impossible de rechiffrer la base de données</translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation>Impossible de démarrer la transaction</translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation>Impossible de valider la transaction</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation>Impossible d’annuler la transaction</translation>
    </message>
</context>
<context>
    <name>hss::client::SupportDashboardWidget</name>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Tickets by status</source>
        <translation>Tickets par statut</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tickets by priority</source>
        <translation>Tickets par priorité</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Délai de première réponse</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% satisfaits</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect des SLA</translation>
    </message>
    <message>
        <source>Team performance</source>
        <translation>Performance des équipes</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
</context>
<context>
    <name>hss::client::SyncApi</name>
    <message>
        <source>The server address must start with https:// and name a host (got &quot;%1&quot;).</source>
        <translation>L’adresse du serveur doit commencer par https:// et désigner un hôte (reçu : « %1 »).</translation>
    </message>
</context>
<context>
    <name>hss::client::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Pas de synchronisation</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Online, first sync running</source>
        <translation>En ligne, première synchronisation en cours</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>prochaine tentative %1</translation>
    </message>
    <message>
        <source>Sign-in needed to sync</source>
        <translation>Connexion requise pour synchroniser</translation>
    </message>
    <message>
        <source>Account disabled: sync stopped</source>
        <translation>Compte désactivé : synchronisation arrêtée</translation>
    </message>
    <message>
        <source>all changes sent</source>
        <translation>toutes les modifications sont envoyées</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 modifications en attente</translation>
    </message>
    <message>
        <source>1 change refused</source>
        <translation>1 modification refusée</translation>
    </message>
    <message>
        <source>%1 changes refused</source>
        <translation>%1 modifications refusées</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflit à examiner</translation>
    </message>
    <message>
        <source>%1 conflicts to review</source>
        <translation>%1 conflits à examiner</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>Update needed: this console and the server cannot sync (changes kept)</source>
        <translation>Mise à jour requise : cette console et le serveur ne peuvent pas se synchroniser (modifications conservées)</translation>
    </message>
</context>
<context>
    <name>hss::client::SystemHealthService</name>
    <message>
        <source>not connected to the server</source>
        <translation>non connecté au serveur</translation>
    </message>
    <message>
        <source>The server reports itself down; the states are those of its last recorded checks.</source>
        <translation>Le serveur se déclare en panne ; les états affichés sont ceux de ses dernières vérifications enregistrées.</translation>
    </message>
    <message>
        <source>could not read the check history: %1</source>
        <translation>impossible de lire l’historique des vérifications : %1</translation>
    </message>
    <message>
        <source>Incidents are shown to supervisors and admins only.</source>
        <translation>Les incidents ne sont visibles que par les superviseurs et les administrateurs.</translation>
    </message>
    <message>
        <source>Could not read the incidents: %1</source>
        <translation>Impossible de lire les incidents : %1</translation>
    </message>
</context>
<context>
    <name>hss::client::SystemHealthWidget</name>
    <message>
        <source>Service status</source>
        <translation>État des services</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisecondes</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation>Synthèse des alertes</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Historique des incidents</translation>
    </message>
    <message>
        <source>No health report yet. The figures appear once the console is signed in and online.</source>
        <translation>Pas encore de rapport d’état. Les chiffres apparaîtront dès que la console sera connectée et en ligne.</translation>
    </message>
    <message>
        <source>No timed checks in this period.</source>
        <translation>Aucune vérification chronométrée sur cette période.</translation>
    </message>
    <message>
        <source>No response times yet.</source>
        <translation>Pas encore de temps de réponse.</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Aucun incident sur cette période.</translation>
    </message>
    <message>
        <source>No incident history yet.</source>
        <translation>Pas encore d’historique des incidents.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s health…</source>
        <translation>Lecture de l’état du serveur…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <source>Could not read the system health: %1</source>
        <translation>Impossible de lire l’état du système : %1</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing the figures taken at %2 UTC.</source>
        <translation>Actualisation impossible (%1). Affichage des chiffres relevés à %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Taken at %1 UTC, %n check(s) in the period.</source>
        <translation>
            <numerusform>Relevé à %1 UTC, %n vérification sur la période.</numerusform>
            <numerusform>Relevé à %1 UTC, %n vérifications sur la période.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server returned the checks since %1 UTC.</source>
        <translation>Le serveur a renvoyé les vérifications depuis %1 UTC.</translation>
    </message>
</context>
<context>
    <name>hss::client::TeamPerformanceTableModel</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>Première réponse médiane (min)</translation>
    </message>
    <message>
        <source>Median resolution (min)</source>
        <translation>Résolution médiane (min)</translation>
    </message>
    <message>
        <source>SLA compliance (%)</source>
        <translation>Respect des SLA (%)</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketCommentTableModel</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketCommentsPanel</name>
    <message>
        <source>Pu&amp;blic reply</source>
        <translation>Réponse pu&amp;blique</translation>
    </message>
    <message>
        <source>I&amp;nternal note</source>
        <translation>Note i&amp;nterne</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Ajouter un &amp;commentaire</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Write a reply or an internal note… (Ctrl+Return adds it)</source>
        <translation>Rédigez une réponse ou une note interne… (Ctrl+Return pour l’ajouter)</translation>
    </message>
    <message>
        <source>Public reply, the requester sees it</source>
        <translation>Réponse publique, visible par le demandeur</translation>
    </message>
    <message>
        <source>Internal note, staff only</source>
        <translation>Note interne, réservée au personnel</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketConflictsWidget</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>Sync conflicts to review (%n)</source>
        <translation>
            <numerusform>Conflit de synchronisation à examiner (%n)</numerusform>
            <numerusform>Conflits de synchronisation à examiner (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>Server kept: %1</source>
        <translation>Conservé par le serveur : %1</translation>
    </message>
    <message>
        <source>Other edit: %1</source>
        <translation>Autre modification : %1</translation>
    </message>
    <message>
        <source>&amp;Keep server text</source>
        <translation>Garder le texte du &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Utiliser ce texte</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value and mark the conflict reviewed</source>
        <translation>Garder la valeur du serveur et marquer le conflit comme examiné</translation>
    </message>
    <message>
        <source>Use the other edit and mark the conflict reviewed</source>
        <translation>Utiliser l’autre modification et marquer le conflit comme examiné</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketCountTableModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketEditorWidget</name>
    <message>
        <source>Created on this console (waiting to sync)</source>
        <translation>Créé sur cette console (en attente de synchronisation)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>First response sent</source>
        <translation>Première réponse envoyée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Changed here: %1 (waiting to sync)</source>
        <translation>Modifié ici : %1 (en attente de synchronisation)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Suggested knowledge-base articles</source>
        <translation>Articles suggérés de la base de connaissances</translation>
    </message>
    <message>
        <source>This ticket is no longer in the local store.</source>
        <translation>Ce ticket n’est plus dans le stockage local.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commentaires&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Suggested &amp;articles</source>
        <translation>&amp;Articles suggérés</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>This ticket was changed elsewhere. Save keeps your edits of the fields you changed; Revert shows the new values.</source>
        <translation>Ce ticket a été modifié ailleurs. « Enregistrer » conserve vos modifications des champs que vous avez changés ; « Annuler les modifications » affiche les nouvelles valeurs.</translation>
    </message>
    <message>
        <source>No matching articles.</source>
        <translation>Aucun article correspondant.</translation>
    </message>
    <message>
        <source>Suggested &amp;articles (%1)</source>
        <translation>&amp;Articles suggérés (%1)</translation>
    </message>
    <message>
        <source>Cannot save the ticket</source>
        <translation>Impossible d’enregistrer le ticket</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The ticket has changes that are not saved. Save them?</source>
        <translation>Le ticket comporte des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>Cannot add the comment</source>
        <translation>Impossible d’ajouter le commentaire</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>Impossible de résoudre le conflit</translation>
    </message>
    <message>
        <source>History and suggested articles</source>
        <translation>Historique et articles suggérés</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketFieldsForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requester name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>E-mail du demandeur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Medical case reference</source>
        <translation>Référence du cas médical</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Niveau d’escalade</translation>
    </message>
    <message>
        <source>e.g. MC-2026-00042</source>
        <translation>p. ex. MC-2026-00042</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Can&amp;al :</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>Demandeu&amp;r :</translation>
    </message>
    <message>
        <source>Re&amp;quester e-mail:</source>
        <translation>E-mail du demande&amp;ur :</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Respo&amp;nsable :</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>Medical &amp;case:</source>
        <translation>Cas &amp;médical :</translation>
    </message>
    <message>
        <source>Escalation &amp;level:</source>
        <translation>Niveau d’&amp;escalade :</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>Choose the assignee from the list, or Unassigned.</source>
        <translation>Choisissez le responsable dans la liste, ou « Non attribué ».</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketQueueTableModel</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe : %1</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Urgence médicale</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>SLA remaining</source>
        <translation>Temps SLA restant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>en retard de %1</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketQueueWidget</name>
    <message>
        <source>Queue view</source>
        <translation>Vue de la file</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mes tickets</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
    <message>
        <source>Medical emergencies</source>
        <translation>Urgences médicales</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>SLA bientôt dépassé</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tous les tickets ouverts</translation>
    </message>
    <message>
        <source>Search title or number (Ctrl+F)</source>
        <translation>Rechercher un titre ou un numéro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Rechercher des tickets</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtre de priorité</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <source>a ticket not yet numbered</source>
        <translation>un ticket pas encore numéroté</translation>
    </message>
    <message>
        <source>New medical emergency %1: %2</source>
        <translation>Nouvelle urgence médicale %1 : %2</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Urgence médicale</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 tickets</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketTriagePanel</name>
    <message>
        <source>Use &amp;suggestion</source>
        <translation>Utiliser la &amp;suggestion</translation>
    </message>
    <message>
        <source>Reasons for the suggestion</source>
        <translation>Raisons de la suggestion</translation>
    </message>
    <message>
        <source>Use the suggested priority and category</source>
        <translation>Utiliser la priorité et la catégorie suggérées</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; priority, category &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Suggestion : priorité &lt;b&gt;%1&lt;/b&gt;, catégorie &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Medical emergency: %1.&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Urgence médicale : %1.&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>%1 (negated, not counted)</source>
        <translation>%1 (négation, non comptée)</translation>
    </message>
    <message numerus="yes">
        <source>%n more phrase(s) matching the same words, not counted again.</source>
        <translation>
            <numerusform>%n autre expression correspondant aux mêmes mots, non comptée à nouveau.</numerusform>
            <numerusform>%n autres expressions correspondant aux mêmes mots, non comptées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No triage rule matched; the defaults apply.</source>
        <translation>Aucune règle de tri ne s’applique ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>Type a title and a description to get a triage suggestion.</source>
        <translation>Saisissez un titre et une description pour obtenir une suggestion de tri.</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketWindows</name>
    <message numerus="yes">
        <source>%n ticket edit(s) could not be saved before the console locked: they were not valid.</source>
        <translation>
            <numerusform>%n modification de ticket n’a pas pu être enregistrée avant le verrouillage de la console : elle n’était pas valide.</numerusform>
            <numerusform>%n modifications de ticket n’ont pas pu être enregistrées avant le verrouillage de la console : elles n’étaient pas valides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::TrainingService</name>
    <message numerus="yes">
        <source>%n certificate(s) expire within %1 days: renew them on the Training page.</source>
        <translation>
            <numerusform>%n certificat expire dans les %1 jours : renouvelez-le sur la page Formation.</numerusform>
            <numerusform>%n certificats expirent dans les %1 jours : renouvelez-les sur la page Formation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) have expired.</source>
        <translation>
            <numerusform>%n certificat a expiré.</numerusform>
            <numerusform>%n certificats ont expiré.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::TrainingWidget</name>
    <message>
        <source>&amp;Learning path:</source>
        <translation>&amp;Parcours :</translation>
    </message>
    <message>
        <source>Learning path filter</source>
        <translation>Filtre de parcours</translation>
    </message>
    <message>
        <source>All learning paths</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>Mes &amp;certificats</translation>
    </message>
    <message>
        <source>Certification &amp;programs</source>
        <translation>&amp;Programmes de certification</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Catalogue des cours</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progression du cours</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Modules :</translation>
    </message>
    <message>
        <source>Modules of the course</source>
        <translation>Modules du cours</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>S’&amp;inscrire</translation>
    </message>
    <message>
        <source>Mark module c&amp;omplete</source>
        <translation>Marquer le module comme &amp;terminé</translation>
    </message>
    <message>
        <source>Certification programs</source>
        <translation>Programmes de certification</translation>
    </message>
    <message>
        <source>Every course in the catalogue</source>
        <translation>Tous les cours du catalogue</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) in the catalogue</source>
        <translation>
            <numerusform>%n cours au catalogue</numerusform>
            <numerusform>%n cours au catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>; you hold a valid certificate</source>
        <translation> ; vous détenez un certificat valide</translation>
    </message>
    <message>
        <source>No courses on this path yet</source>
        <translation>Aucun cours dans ce parcours pour l’instant</translation>
    </message>
    <message>
        <source>Learning path: %1</source>
        <translation>Parcours : %1</translation>
    </message>
    <message>
        <source>Counts towards: %1</source>
        <translation>Compte pour : %1</translation>
    </message>
    <message numerus="yes">
        <source>Certificate valid %n month(s)</source>
        <translation>
            <numerusform>Certificat valable %n mois</numerusform>
            <numerusform>Certificat valable %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%p % complete</source>
        <translation>%p % terminé</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>non terminé</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>S’inscrire</translation>
    </message>
    <message>
        <source>Could not enrol: %1</source>
        <translation>Inscription impossible : %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Could not record the module: %1</source>
        <translation>Impossible d’enregistrer le module : %1</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Cours terminé</translation>
    </message>
    <message>
        <source>You completed every module. Your certificate arrives with the next sync.</source>
        <translation>Vous avez terminé tous les modules. Votre certificat arrivera avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Certificates and certification programs</source>
        <translation>Certificats et programmes de certification</translation>
    </message>
</context>
<context>
    <name>hss::client::UnlockDialog</name>
    <message>
        <source>Console locked</source>
        <translation>Console verrouillée</translation>
    </message>
    <message>
        <source>The console is locked and this device&apos;s data is closed. Enter the password of %1 to continue.</source>
        <translation>La console est verrouillée et les données de cet appareil sont fermées. Saisissez le mot de passe de %1 pour continuer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
</context>
<context>
    <name>hss::client::UsersPage</name>
    <message>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Account &amp;active (may sign in)</source>
        <translation>Compte &amp;actif (peut se connecter)</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>&amp;Enregistrer l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <source>Teams of the selected user, separated by commas</source>
        <translation>Équipes de l’utilisateur sélectionné, séparées par des virgules</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>É&amp;quipes :</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation>Utilisateur sélectionné : %1</translation>
    </message>
    <message>
        <source>roles: a user needs at least one role</source>
        <translation>rôles : un utilisateur doit avoir au moins un rôle</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Utilisateur %1 enregistré.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Utilisateur %1 créé.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Sets a new password for the selected user, who then signs in again everywhere</source>
        <translation>Définit un nouveau mot de passe pour l’utilisateur sélectionné, qui se reconnecte ensuite partout</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Mot de passe de %1 réinitialisé.</translation>
    </message>
    <message>
        <source>Your own password is changed in your profile, with the current one.</source>
        <translation>Votre propre mot de passe se change dans votre profil, avec le mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>hss::client::WorkspacePages</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Support dashboard</source>
        <translation>Tableau de bord support</translation>
    </message>
    <message>
        <source>Medical dashboard</source>
        <translation>Tableau de bord médical</translation>
    </message>
</context>
</TS>

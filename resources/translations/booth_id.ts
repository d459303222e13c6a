<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AccessGuard</name>
    <message>
        <location filename="../../booth_app/ui/access/guard.py" line="+162"/>
        <location line="+1"/>
        <source>Coordinator sign-in needed</source>
        <translation>Perlu masuk sebagai koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator can do this (erasure, import, merging duplicates).</source>
        <translation>Hanya koordinator yang dapat melakukan ini (penghapusan data, impor, penggabungan duplikat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in…</source>
        <translation>Masuk…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../booth_app/ui/app.py" line="+70"/>
        <source>Open a Booth database</source>
        <translation>Buka basis data Booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Booth (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Booth database</source>
        <translation>Basis data Booth baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth databases (*.sqlite)</source>
        <translation>Basis data Booth (*.sqlite)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Booth cannot open the database</source>
        <translation>Booth tidak dapat membuka database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed in that file. What would you like to do?</source>
        <translation>Tidak ada yang diubah pada file itu. Apa yang ingin Anda lakukan?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another file…</source>
        <translation>Buka file lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new database…</source>
        <translation>Mulai database baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo pavilion</source>
        <translation>Buka paviliun demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../booth_app/ui/access/audit_view.py" line="+34"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasures</source>
        <translation>Penghapusan data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purges</source>
        <translation>Pembersihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data exports</source>
        <translation>Ekspor data pribadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors (all)</source>
        <translation>Pengunjung (semua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins and PINs</source>
        <translation>Masuk dan PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>Penyiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff name</source>
        <translation>Nama staf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time ({0})</source>
        <translation>Waktu ({0})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(nobody signed in)</source>
        <translation>(tidak ada yang masuk)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} entries (newest first)</source>
        <translation>{0} entri (terbaru di atas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest {0} entries</source>
        <translation>{0} entri terbaru</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/backups.py" line="+28"/>
        <source>Back up this laptop&apos;s data</source>
        <translation>Cadangkan data laptop ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consistent copy of the whole database, safe to take while the booth is scanning. A USB stick is a good place for it. Booth also keeps automatic rolling backups.</source>
        <translation>Salinan utuh seluruh database yang konsisten, aman dibuat selagi stan memindai. Sebaiknya simpan di flashdisk USB. Booth juga menyimpan cadangan bergulir otomatis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open backups folder</source>
        <translation>Buka folder cadangan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This laptop uses a database server; back it up there.</source>
        <translation>Laptop ini memakai server database; cadangkan di sana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups hold every booth&apos;s leads: for coordinators.</source>
        <translation>Cadangan berisi prospek semua stan: khusus koordinator.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up the database</source>
        <translation>Cadangkan database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file: that is the database itself.</source>
        <translation>Pilih file lain: file itu adalah database-nya sendiri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {0} ({1} bytes).</source>
        <translation>Tersimpan {0} ({1} bita).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../booth_app/ui/badges/preview.py" line="+55"/>
        <location line="+9"/>
        <source>Select a visitor to see their badge.</source>
        <translation>Pilih pengunjung untuk melihat lencananya.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+52"/>
        <source>The badge preview could not be drawn.</source>
        <translation>Pratinjau lencana tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This visitor no longer exists.</source>
        <translation>Pengunjung ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>Booth</name>
    <message>
        <location filename="../../booth_app/ui/errors.py" line="+43"/>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth hit an unexpected error. Your saved data is safe.
The details were written to the log file.</source>
        <translation>Booth mengalami galat tak terduga. Data yang sudah tersimpan aman.
Rinciannya dicatat di berkas log.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../booth_app/ui/checkin/camera_panel.py" line="+47"/>
        <source>No camera found — keyboard and USB scanners still work.</source>
        <translation>Kamera tidak ditemukan — pemindai keyboard dan USB tetap berfungsi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Camera off</source>
        <translation>Kamera mati</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Press Start and hold a badge up to the camera.</source>
        <translation>Tekan Mulai, lalu arahkan lencana ke kamera.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting the camera…</source>
        <translation>Menyalakan kamera…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for a badge…</source>
        <translation>Mencari lencana…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge read at {0}.</source>
        <translation>Lencana terbaca pukul {0}.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../booth_app/ui/checkin/camera.py" line="+46"/>
        <source>The QR code reader (zxing-cpp) is not installed.</source>
        <translation>Pembaca kode QR (zxing-cpp) belum terpasang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera support (Qt Multimedia) cannot be loaded: {0}</source>
        <translation>Dukungan kamera (Qt Multimedia) tidak dapat dimuat: {0}</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+9"/>
        <source>Booth may not use the camera. Allow it in the system&apos;s privacy settings, then press Start.</source>
        <translation>Booth tidak diizinkan memakai kamera. Izinkan di pengaturan privasi sistem, lalu tekan Mulai.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No camera found — keyboard and USB scanners still work.</source>
        <translation>Kamera tidak ditemukan — pemindai keyboard dan USB tetap berfungsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That camera is not connected any more.</source>
        <translation>Kamera itu sudah tidak terhubung.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The camera stopped: {0}</source>
        <translation>Kamera berhenti: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>galat tidak diketahui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera was unplugged. Plug it in again and press Start.</source>
        <translation>Kamera dicabut. Colokkan kembali, lalu tekan Mulai.</translation>
    </message>
</context>
<context>
    <name>CaptureArea</name>
    <message>
        <location filename="../../booth_app/ui/leads/capture_area.py" line="+61"/>
        <source>Scan a badge, or type a visitor&apos;s name</source>
        <translation>Pindai lencana, atau ketik nama pengunjung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch staff</source>
        <translation>Ganti staf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another member of this booth signs in</source>
        <translation>Anggota lain dari stan ini masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Kunci (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a manufacturer above the list to capture leads for it.</source>
        <translation>Pilih produsen di atas daftar untuk mencatat prospeknya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: scan a badge</source>
        <translation>Siap: pindai lencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a visitor&apos;s name, pick with the arrow keys and Enter.</source>
        <translation>Atau ketik nama pengunjung, pilih dengan tombol panah, lalu Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hot</source>
        <translation>Panas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warm</source>
        <translation>Hangat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold</source>
        <translation>Dingin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 product</source>
        <translation>1 produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} products</source>
        <translation>{0} produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Saved: {0}</source>
        <translation>✔ Tersimpan: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for the next badge</source>
        <translation>siap untuk lencana berikutnya</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../booth_app/ui/meetings/card_delegate.py" line="+142"/>
        <source>⚠ {0} meetings here</source>
        <translation>⚠ {0} pertemuan di sini</translation>
    </message>
</context>
<context>
    <name>CategoryBand</name>
    <message>
        <location filename="../../booth_app/ui/checkin/scan_words.py" line="+39"/>
        <source>VISITOR</source>
        <translation>PENGUNJUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BUYER</source>
        <translation>PEMBELI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEDIA</source>
        <translation>MEDIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXHIBITOR</source>
        <translation>EKSIBITOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../booth_app/ui/checkin/page.py" line="+62"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scan a badge, or type a name, company, email or code</source>
        <translation>Pindai lencana, atau ketik nama, perusahaan, email, atau kode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan badges with the laptop&apos;s camera</source>
        <translation>Pindai lencana dengan kamera laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+259"/>
        <source>Full screen (F11)</source>
        <translation>Layar penuh (F11)</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>NO CHECK-IN POINT</source>
        <translation>TIDAK ADA POS CHECK-IN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a check-in point first.</source>
        <translation>Tambahkan pos check-in terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NOT CHECKED IN</source>
        <translation>BELUM CHECK-IN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOT SAVED</source>
        <translation>TIDAK TERSIMPAN</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The scan was not saved: {0}</source>
        <translation>Hasil pindai tidak tersimpan: {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Register and print badge</source>
        <translation>Daftarkan dan cetak lencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organiser&apos;s badge: register this visitor from it.</source>
        <translation>Lencana dari penyelenggara: daftarkan pengunjung ini dari lencana tersebut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register walk-in and print badge</source>
        <translation>Daftarkan di tempat dan cetak lencana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NO RE-ENTRY</source>
        <translation>TIDAK BOLEH MASUK KEMBALI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALREADY IN since {0} at {1}</source>
        <translation>SUDAH MASUK sejak {0} di {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALREADY CHECKED IN</source>
        <translation>SUDAH CHECK-IN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REVOKED - current badge #{0}</source>
        <translation>DICABUT - lencana yang berlaku #{0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No visitor matches “{0}”.</source>
        <translation>Tidak ada pengunjung yang cocok dengan “{0}”.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Filled from the organiser&apos;s badge. Check the details, then register: the badge prints and the visitor is checked in.</source>
        <translation>Diisi dari lencana penyelenggara. Periksa datanya, lalu daftarkan: lencana tercetak dan pengunjung langsung check-in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the visitor: the badge prints and the visitor is checked in.</source>
        <translation>Daftarkan pengunjung: lencana tercetak dan pengunjung langsung check-in.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The camera cannot be used on this laptop ({0}). Keyboard and USB scanners still work.</source>
        <translation>Kamera tidak dapat dipakai di laptop ini ({0}). Pemindai keyboard dan USB tetap berfungsi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave full screen (F11)</source>
        <translation>Keluar dari layar penuh (F11)</translation>
    </message>
</context>
<context>
    <name>CheckinStatus</name>
    <message>
        <location filename="../../booth_app/ui/widgets.py" line="+65"/>
        <source>ADMITTED</source>
        <translation>DITERIMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RE-ENTRY</source>
        <translation>MASUK KEMBALI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALREADY IN</source>
        <translation>SUDAH DI DALAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN BADGE</source>
        <translation>LENCANA TIDAK DIKENAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID CODE</source>
        <translation>KODE TIDAK SAH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REVOKED</source>
        <translation>DICABUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXIT</source>
        <translation>KELUAR</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../booth_app/ui/core_words.py" line="+17"/>
        <source>No visitor with id or code {ref!r}.</source>
        <translation>Tidak ada pengunjung dengan id atau kode {ref!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visitor with id {visitor_id!r}.</source>
        <translation>Tidak ada pengunjung dengan id {visitor_id!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-in point named {name!r} (there are: {names}).</source>
        <translation>Tidak ada pos check-in bernama {name!r} (yang ada: {names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event has no check-in point.</source>
        <translation>Acara ini belum punya pos check-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown country: {text!r} (use an ISO code such as AE or ID)</source>
        <translation>Negara tidak dikenal: {text!r} (gunakan kode ISO seperti AE atau ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--visitors must be between 0 and {max_visitors:,}.</source>
        <translation>--visitors harus antara 0 dan {max_visitors:,}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds an event; give the demo its own file with --db.</source>
        <translation>Database ini sudah berisi acara; beri demo berkasnya sendiri dengan --db.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no event yet: run `booth init` or `booth demo` first.</source>
        <translation>Database ini belum berisi acara: jalankan `booth init` atau `booth demo` dulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency must be a three-letter code such as USD, not {code!r}</source>
        <translation>Mata uang harus kode tiga huruf seperti USD, bukan {code!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event needs a name.</source>
        <translation>Acara perlu nama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event cannot end before it starts.</source>
        <translation>Acara tidak bisa berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds an event; use another database file.</source>
        <translation>Database ini sudah berisi acara; gunakan berkas database lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The retention date {day} is before the event ends ({end_date}): personal data is kept at least until then.</source>
        <translation>Tanggal retensi {day} jatuh sebelum acara berakhir ({end_date}): data pribadi disimpan setidaknya sampai saat itu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge language must be en, id or ar.</source>
        <translation>Bahasa lencana harus en, id atau ar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a date like 2027-01-27, not {text!r}</source>
        <translation>{what} harus berupa tanggal seperti 2027-01-27, bukan {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown time zone {name!r} (use a name such as Asia/Dubai)</source>
        <translation>Zona waktu tidak dikenal: {name!r} (gunakan nama seperti Asia/Jakarta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibitor code {code!r} must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos; (e.g. MEDIKA).</source>
        <translation>Kode eksibitor {code!r} harus 1-32 huruf, angka, &apos;-&apos; atau &apos;_&apos; (mis. MEDIKA).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exhibitor with code {code!r}.</source>
        <translation>Tidak ada eksibitor dengan kode {code!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a manufacturer field: {unknown}.</source>
        <translation>Bukan isian produsen: {unknown}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exhibitor needs a name.</source>
        <translation>Eksibitor perlu nama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exhibitor with code {code} already exists.</source>
        <translation>Eksibitor dengan kode {code} sudah ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This manufacturer was deleted.</source>
        <translation>Produsen ini sudah dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has {leads} leads, so it cannot be deleted (its leads would lose their manufacturer).</source>
        <translation>{name} punya {leads} prospek, jadi tidak bisa dihapus (prospeknya akan kehilangan produsen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product needs a name.</source>
        <translation>Produk perlu nama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column for the company name was found.</source>
        <translation>{name}: tidak ditemukan kolom nama perusahaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no company name</source>
        <translation>tidak ada nama perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no product name</source>
        <translation>tidak ada nama produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is longer than {limit:,} characters.</source>
        <translation>{field} lebih dari {limit:,} karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address: {text!r}</source>
        <translation>Bukan alamat e-mail: {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number: {text!r} (digits, spaces and + - ( ) only)</source>
        <translation>Bukan nomor telepon: {text!r} (hanya angka, spasi dan + - ( ))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is already used by {what}.</source>
        <translation>Kode {code} sudah dipakai oleh {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has 1 lead, so it cannot be deleted (its leads would lose their manufacturer).</source>
        <translation>{name} punya 1 prospek, jadi tidak bisa dihapus (prospeknya akan kehilangan produsen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a website address: {text!r} (e.g. www.example.co.id)</source>
        <translation>Bukan alamat situs web: {text!r} (mis. www.example.co.id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a check-in point setting: {unknown}.</source>
        <translation>Bukan pengaturan pos check-in: {unknown}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check-in point was deleted.</source>
        <translation>Pos check-in ini sudah dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event needs at least one check-in point; add another first.</source>
        <translation>Acara perlu setidaknya satu pos check-in; tambahkan pos lain dulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in point needs a name.</source>
        <translation>Pos check-in perlu nama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in point&apos;s name is at most 120 characters.</source>
        <translation>Nama pos check-in paling panjang 120 karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in point&apos;s kind is one of {point_kinds}, not {kind!r}.</source>
        <translation>Jenis pos check-in adalah salah satu dari {point_kinds}, bukan {kind!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat scans are ignored for 0 to {max_dedupe_seconds} seconds, not {seconds!r}.</source>
        <translation>Pindai ulang diabaikan selama 0 sampai {max_dedupe_seconds} detik, bukan {seconds!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a check-in point named {name!r}.</source>
        <translation>Sudah ada pos check-in bernama {name!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer code or company name</source>
        <translation>tidak ada kode produsen atau nama perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product name is at most 200 characters.</source>
        <translation>Nama produk paling panjang 200 karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product category is at most 64 characters.</source>
        <translation>Kategori produk paling panjang 64 karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This product was deleted.</source>
        <translation>Produk ini sudah dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column for the product name (Product / Produk) was found.</source>
        <translation>{name}: tidak ditemukan kolom nama produk (Product / Produk).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column for the manufacturer (Code / Kode or Company / Perusahaan) was found.</source>
        <translation>{name}: tidak ditemukan kolom produsen (Code / Kode atau Company / Perusahaan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name!r} is already in this catalogue.</source>
        <translation>{name!r} sudah ada di katalog ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer with code {code!r}</source>
        <translation>tidak ada produsen dengan kode {code!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer named {company!r}</source>
        <translation>tidak ada produsen bernama {company!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product name is longer than 200 characters</source>
        <translation>nama produk lebih dari 200 karakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question needs its text.</source>
        <translation>Pertanyaan perlu teks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question is at most 300 characters.</source>
        <translation>Pertanyaan paling panjang 300 karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question&apos;s kind is one of {question_kinds}, not {kind!r}.</source>
        <translation>Jenis pertanyaan adalah salah satu dari {question_kinds}, bukan {kind!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A choice question needs at least two options.</source>
        <translation>Pertanyaan pilihan perlu setidaknya dua opsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question has at most {max_options} options.</source>
        <translation>Pertanyaan punya paling banyak {max_options} opsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question was deleted.</source>
        <translation>Pertanyaan ini sudah dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question&apos;s manufacturer is gone.</source>
        <translation>Produsen pertanyaan ini sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {kind} question has no options (the answer is typed).</source>
        <translation>Pertanyaan {kind} tidak punya opsi (jawabannya diketik).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An option is at most {max_option_length} characters.</source>
        <translation>Opsi paling panjang {max_option_length} karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The option {option!r} is listed twice.</source>
        <translation>Opsi {option!r} tercantum dua kali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A staff member needs a name.</source>
        <translation>Anggota staf perlu nama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role must be one of {roles}.</source>
        <translation>Peran harus salah satu dari {roles}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth staff belong to an exhibitor: give --exhibitor CODE.</source>
        <translation>Staf stan termasuk dalam eksibitor: beri --exhibitor KODE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A staff member&apos;s name is at most 200 characters.</source>
        <translation>Nama anggota staf paling panjang 200 karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth staff belong to a manufacturer; this is the pavilion&apos;s coordinator account.</source>
        <translation>Staf stan termasuk dalam produsen; ini akun koordinator paviliun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Try again in {wait}.</source>
        <translation>Terlalu banyak PIN salah. Coba lagi dalam {wait}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such staff member.</source>
        <translation>Anggota staf tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can no longer sign in here (deactivated).</source>
        <translation>{name} tidak bisa lagi masuk di sini (dinonaktifkan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your PIN.</source>
        <translation>Masukkan PIN Anda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event has a coordinator already: they sign in and add others in Exhibitors.</source>
        <translation>Acara ini sudah punya koordinator: ia masuk dan menambahkan yang lain di Eksibitor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. Wait {wait} before trying again.</source>
        <translation>PIN salah. Tunggu {wait} sebelum mencoba lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator can reset another member&apos;s PIN.</source>
        <translation>Hanya koordinator yang bisa mengatur ulang PIN anggota lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. One more try before a wait.</source>
        <translation>PIN salah. Satu kali coba lagi sebelum harus menunggu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. {attempts_left} more tries before a wait.</source>
        <translation>PIN salah. {attempts_left} kali coba lagi sebelum harus menunggu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {target}: {reason} (nothing was written).</source>
        <translation>Tidak bisa menulis {target}: {reason} (tidak ada yang ditulis).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists: choose another name (nothing was written).</source>
        <translation>{path} sudah ada: pilih nama lain (tidak ada yang ditulis).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads export as csv, xlsx or vcf, not {fmt!r}.</source>
        <translation>Prospek diekspor sebagai csv, xlsx atau vcf, bukan {fmt!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ZIP&apos;s password is empty: give one, or export without.</source>
        <translation>Kata sandi ZIP kosong: isi kata sandi, atau ekspor tanpa kata sandi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a folder: give a file name to export to.</source>
        <translation>{target} adalah folder: beri nama berkas untuk ekspor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {parent} does not exist.</source>
        <translation>Folder {parent} tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exhibitor {code} is not in this event any more.</source>
        <translation>Eksibitor {code} sudah tidak ada di acara ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was scanned.</source>
        <translation>Tidak ada yang terpindai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a badge: no visitor could be read from this scan.</source>
        <translation>Bukan lencana: tidak ada pengunjung yang terbaca dari pindaian ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vCard was cut short: scan it again, or type the visitor in.</source>
        <translation>vCard ini terpotong: pindai lagi, atau ketik data pengunjung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {what} carries no name: type the visitor in.</source>
        <translation>{what} ini tidak memuat nama: ketik data pengunjung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This staff member can no longer work here: sign in again.</source>
        <translation>Anggota staf ini tidak bisa lagi bekerja di sini: masuk lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lead belongs to another manufacturer.</source>
        <translation>Prospek ini milik produsen lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exhibitor {code} was removed.</source>
        <translation>Eksibitor {code} sudah dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visitor was removed.</source>
        <translation>Pengunjung ini sudah dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lead was deleted.</source>
        <translation>Prospek ini sudah dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such lead.</source>
        <translation>Prospek tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge&apos;s code was altered or made up: not a badge of this event.</source>
        <translation>Kode lencana ini diubah atau palsu: bukan lencana acara ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person&apos;s data was erased at their request: the badge no longer admits anyone. Register them again if they wish.</source>
        <translation>Data orang ini sudah dihapus atas permintaannya: lencana ini tidak lagi berlaku. Daftarkan ulang jika ia menghendaki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A genuine badge, but this visitor is not on this laptop yet: sync, or type the visitor in.</source>
        <translation>Lencana asli, tetapi pengunjung ini belum ada di laptop ini: sinkronkan, atau ketik data pengunjung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visitor has the code {code}.</source>
        <translation>Tidak ada pengunjung dengan kode {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say yes or no, not {value!r}.</source>
        <translation>Jawab ya atau tidak, bukan {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating is hot, warm or cold, not {value!r}.</source>
        <translation>Penilaian adalah panas, hangat atau dingin, bukan {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown stage {value!r}; use one of: {names}.</source>
        <translation>Tahap tidak dikenal {value!r}; gunakan salah satu dari: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown currency {value!r}: use an ISO 4217 code such as IDR, USD, EUR, AED, SGD or SAR.</source>
        <translation>Mata uang tidak dikenal {value!r}: gunakan kode ISO 4217 seperti IDR, USD, EUR, AED, SGD atau SAR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount: {value!r}.</source>
        <translation>Bukan jumlah: {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is zero or more, not {value!r}.</source>
        <translation>Nilai harus nol atau lebih, bukan {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is too large for a deal value.</source>
        <translation>{value!r} terlalu besar untuk nilai transaksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a question of this manufacturer: {unknown!r}.</source>
        <translation>Bukan pertanyaan produsen ini: {unknown!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value has at most two decimals, not {value!r}.</source>
        <translation>Nilai paling banyak dua desimal, bukan {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount: {value!r} (e.g. 15000, 15,000.50 or 15.000,50; at most two decimals).</source>
        <translation>Bukan jumlah: {value!r} (mis. 15000, 15.000,50 atau 15,000.50; paling banyak dua desimal).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This manufacturer has no product {item!r} (its products: {known}).</source>
        <translation>Produsen ini tidak punya produk {item!r} (produknya: {known}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}: {value!r} is not a number.</source>
        <translation>{text}: {value!r} bukan angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deal value needs its currency (e.g. USD, EUR, IDR).</source>
        <translation>Nilai transaksi perlu mata uangnya (mis. USD, EUR, IDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please answer: {text}</source>
        <translation>Mohon dijawab: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}: {item!r} is not one of {options}.</source>
        <translation>{text}: {item!r} bukan salah satu dari {options}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads can be sorted by {sorts}, not {sort!r}.</source>
        <translation>Prospek bisa diurutkan menurut {sorts}, bukan {sort!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a folder; give a file name such as agendas.pdf.</source>
        <translation>{target} adalah folder; beri nama berkas seperti agendas.pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one participant&apos;s agenda at a time: a buyer or a manufacturer.</source>
        <translation>Cetak agenda satu peserta saja: pembeli atau produsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {target}: {reason}</source>
        <translation>Tidak bisa menulis {target}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings are scheduled yet: nothing to print (run `booth meetings schedule`).</source>
        <translation>Belum ada pertemuan yang dijadwalkan: tidak ada yang dicetak (jalankan `booth meetings schedule`).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name either a buyer or a manufacturer.</source>
        <translation>Sebutkan pembeli atau produsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to must come after --from.</source>
        <translation>--to harus sesudah --from.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table {table} is taken at {time} on {day}: nothing was added.</source>
        <translation>Meja {table} sudah terisi pada {time}, {day}: tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time is not the start of a meeting slot (see `meetings sessions list`).</source>
        <translation>Waktu itu bukan awal slot pertemuan (lihat `meetings sessions list`).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting {meeting_id!r}.</source>
        <translation>Tidak ada pertemuan {meeting_id!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{buyer} already meets someone at {time} on {day}: nothing was added.</source>
        <translation>{buyer} sudah ada pertemuan pada {time}, {day}: tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manufacturer already has a meeting at {time} on {day}: nothing was added.</source>
        <translation>Produsen sudah ada pertemuan pada {time}, {day}: tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table {table} is taken at {time} on {day}: nothing was moved.</source>
        <translation>Meja {table} sudah terisi pada {time}, {day}: tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cancelled meeting cannot be locked.</source>
        <translation>Pertemuan yang dibatalkan tidak bisa dikunci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cancelled meeting cannot be moved.</source>
        <translation>Pertemuan yang dibatalkan tidak bisa dipindahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{buyer} already meets someone at {time} on {day}: nothing was moved.</source>
        <translation>{buyer} sudah ada pertemuan pada {time}, {day}: tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manufacturer already has a meeting at {time} on {day}: nothing was moved.</source>
        <translation>Produsen sudah ada pertemuan pada {time}, {day}: tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result is one of {results}, not {result!r}.</source>
        <translation>Hasil adalah salah satu dari {results}, bukan {result!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value needs its currency (--currency USD).</source>
        <translation>Nilai perlu mata uangnya (--currency USD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority must be must, want or no, not {text!r}.</source>
        <translation>Prioritas harus must, want atau no, bukan {text!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request is made by the buyer, the exhibitor or the organiser, not {text!r}.</source>
        <translation>Permintaan dibuat oleh pembeli, eksibitor atau penyelenggara, bukan {text!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the table a name, such as T12 or its booth number.</source>
        <translation>Beri meja nama, seperti T12 atau nomor stannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer not found (by e-mail, registration id, code, or name and organisation)</source>
        <translation>pembeli tidak ditemukan (menurut e-mail, id pendaftaran, kode, atau nama dan organisasi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer</source>
        <translation>tidak ada produsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown manufacturer {text!r}</source>
        <translation>produsen tidak dikenal {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column for the manufacturer was found.</source>
        <translation>{name}: tidak ditemukan kolom produsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column names the buyer (e-mail, registration id, code or name).</source>
        <translation>{name}: tidak ada kolom yang menyebut pembeli (e-mail, id pendaftaran, kode atau nama).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than one visitor matches the buyer</source>
        <translation>lebih dari satu pengunjung cocok dengan pembeli ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than one visitor is called {name!r} at that organisation</source>
        <translation>lebih dari satu pengunjung bernama {name!r} di organisasi itu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} cannot be negative.</source>
        <translation>{what} tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no meeting sessions yet: add one with `booth meetings sessions add`.</source>
        <translation>Belum ada sesi pertemuan: tambahkan dengan `booth meetings sessions add`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} is outside the event ({start_date} to {end_date}).</source>
        <translation>{when} di luar masa acara ({start_date} sampai {end_date}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session must end after it starts.</source>
        <translation>Sesi harus berakhir sesudah dimulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots are {min_slot} to {max_slot} minutes long, not {slot_minutes}.</source>
        <translation>Slot berdurasi {min_slot} sampai {max_slot} menit, bukan {slot_minutes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gap between slots is 0 to {max_gap} minutes, not {gap_minutes}.</source>
        <translation>Jeda antarslot 0 sampai {max_gap} menit, bukan {gap_minutes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one slot fits between the start and the end.</source>
        <translation>Tidak ada satu slot pun yang muat antara waktu mulai dan selesai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It overlaps the session {start}-{end} on {day}.</source>
        <translation>Bertabrakan dengan sesi {start}-{end} pada {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It overlaps the session {name} {start}-{end} on {day}.</source>
        <translation>Bertabrakan dengan sesi {name} {start}-{end} pada {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be like &quot;2027-01-27 10:40&quot;, not {text!r}</source>
        <translation>{what} harus seperti &quot;2027-01-27 10:40&quot;, bukan {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a time like 09:00, not {text!r}</source>
        <translation>{what} harus berupa jam seperti 09:00, bukan {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default printer is set: name one with --printer (printers here: {known}).</source>
        <translation>Belum ada printer bawaan: sebutkan dengan --printer (printer di sini: {known}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing from the command line needs CUPS, which Windows does not have. Print from the Booth window instead: it uses the Windows print spooler.</source>
        <translation>Mencetak dari baris perintah memerlukan CUPS, yang tidak ada di Windows. Cetak dari jendela Booth saja: jendela memakai antrean cetak Windows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The print system is not available: CUPS&apos;s `{tool}` command was not found. Install CUPS (Debian/Ubuntu: apt-get install cups) or print from the window.</source>
        <translation>Sistem cetak tidak tersedia: perintah `{tool}` dari CUPS tidak ditemukan. Pasang CUPS (Debian/Ubuntu: apt-get install cups) atau cetak dari jendela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not list printers: {message}</source>
        <translation>Tidak bisa membaca daftar printer: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer is set up on this computer. Add the badge printer in the system&apos;s printer settings (CUPS), then try again.</source>
        <translation>Belum ada printer yang dipasang di komputer ini. Tambahkan printer lencana di pengaturan printer sistem (CUPS), lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no printer named {printer!r}. Printers here: {known}.</source>
        <translation>Tidak ada printer bernama {printer!r}. Printer di sini: {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to print: {pdf} does not exist.</source>
        <translation>Tidak ada yang dicetak: {pdf} tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of copies must be at least 1.</source>
        <translation>Jumlah salinan minimal 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer {queue} refused the job: {done}</source>
        <translation>Printer {queue} menolak pekerjaan cetak: {done}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer {queue} gave no job id: {done}</source>
        <translation>Printer {queue} tidak memberi id pekerjaan: {done}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The print system did not answer within {timeout} s (`{tool}`); is the CUPS scheduler running?</source>
        <translation>Sistem cetak tidak menjawab dalam {timeout} detik (`{tool}`); apakah penjadwal CUPS berjalan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not run `{tool}`: {reason}</source>
        <translation>Tidak bisa menjalankan `{tool}`: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a folder; give a file name such as report.pdf.</source>
        <translation>{target} adalah folder; beri nama berkas seperti report.pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} already exists; choose another name or remove it first.</source>
        <translation>{target} sudah ada; pilih nama lain atau hapus dulu berkasnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report is written in en or id, not {lang!r}.</source>
        <translation>Laporan ditulis dalam en atau id, bukan {lang!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {value!r} is not an ISO 4217 currency code such as IDR, USD, EUR or AED.</source>
        <translation>{what}: {value!r} bukan kode mata uang ISO 4217 seperti IDR, USD, EUR atau AED.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {text!r}: write CUR=RATE, e.g. USD=16250 (1 USD = 16250 units of the reporting currency).</source>
        <translation>--rate {text!r}: tulis CUR=KURS, mis. USD=16250 (1 USD = 16250 satuan mata uang laporan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {text!r}: write the rate without thousands separators and with a point for decimals, e.g. USD=16250 or IDR=0.0000615.</source>
        <translation>--rate {text!r}: tulis kurs tanpa pemisah ribuan dan dengan titik untuk desimal, mis. USD=16250 atau IDR=0.0000615.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {text!r}: a rate must be a number above 0.</source>
        <translation>--rate {text!r}: kurs harus angka di atas 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {text!r}: {number!r} is not a number.</source>
        <translation>--rate {text!r}: {number!r} bukan angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {code} is given twice ({rates} and {rate}).</source>
        <translation>--rate {code} diberikan dua kali ({rates} dan {rate}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {item!r}: {code} is the reporting currency (1 {code} = 1 {code}).</source>
        <translation>--rate {item!r}: {code} adalah mata uang laporan (1 {code} = 1 {code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is empty.</source>
        <translation>Frasa sandi kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Booth bundle (or its beginning is damaged).</source>
        <translation>{path} bukan paket Booth (atau bagian awalnya rusak).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is cut short or damaged: copy it again.</source>
        <translation>{path} terpotong atau rusak: salin lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle belongs to another event, not to {event}. Nothing was changed.</source>
        <translation>Paket ini milik acara lain, bukan {event}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop has not joined an event: import the setup bundle first (booth setup import FILE).</source>
        <translation>Laptop ini belum bergabung ke acara: impor paket penyiapan dulu (booth setup import FILE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a setup bundle: import it with `booth setup import`.</source>
        <translation>Ini paket penyiapan: impor dengan `booth setup import`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A setup bundle carries the badge keys: give a passphrase with --passphrase-file or BOOTH_PASSPHRASE.</source>
        <translation>Paket penyiapan membawa kunci lencana: berikan frasa sandi dengan --passphrase-file atau BOOTH_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a change bundle: import it with `booth sync import`.</source>
        <translation>Ini paket perubahan: impor dengan `booth sync import`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase is needed for this bundle.</source>
        <translation>Paket ini memerlukan frasa sandi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file: {path}</source>
        <translation>Berkas tidak ada: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Tidak bisa membaca {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged or from a newer Booth version.</source>
        <translation>{path} rusak atau dari versi Booth yang lebih baru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle cannot be opened: the passphrase is wrong, or the file was altered or cut short (copy it again). Nothing was changed.</source>
        <translation>Paket tidak dapat dibuka: frasa sandi salah, atau berkas telah diubah atau terpotong (salin lagi). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged: copy it again.</source>
        <translation>{path} rusak: salin lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be read by this version of Booth ({reason}).</source>
        <translation>{path} tidak dapat dibaca oleh versi Booth ini ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle refers to rows this laptop has not received yet (a bundle from earlier is missing): import the earlier bundles first, or ask for one made with --full. Nothing was changed. ({detail})</source>
        <translation>Paket ini merujuk ke baris yang belum diterima laptop ini (ada paket sebelumnya yang belum masuk): impor dulu paket-paket sebelumnya, atau minta paket yang dibuat dengan --full. Tidak ada yang diubah. ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no event yet: nothing to send.</source>
        <translation>Basis data ini belum punya acara: tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no event yet: run `booth init` first.</source>
        <translation>Basis data ini belum punya acara: jalankan `booth init` dulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle is protected by a passphrase: give it with --passphrase-file or BOOTH_PASSPHRASE.</source>
        <translation>Paket ini dilindungi frasa sandi: berikan dengan --passphrase-file atau BOOTH_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle can only be read by a laptop that joined its event: import the setup bundle first.</source>
        <translation>Paket ini hanya bisa dibaca oleh laptop yang sudah bergabung ke acaranya: impor paket penyiapan dulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused these rows ({detail}). Nothing was changed.</source>
        <translation>Hub menolak baris-baris ini ({detail}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub went away during the sync: {reason}. Nothing was half-done; the next round sends it again.</source>
        <translation>Hub terputus saat sinkronisasi: {reason}. Tidak ada yang setengah jadi; putaran berikutnya mengirimnya lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hub holds another event ({there}), not {here}. Nothing was changed.</source>
        <translation>Hub ini menyimpan acara lain ({there}), bukan {here}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub is not reachable: {reason}</source>
        <translation>Hub tidak dapat dijangkau: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is too large to import.</source>
        <translation>{name} terlalu besar untuk diimpor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty.</source>
        <translation>{name} kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable XLSX workbook.</source>
        <translation>{name} bukan buku kerja XLSX yang bisa dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a text file.</source>
        <translation>{name} bukan berkas teks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no header row.</source>
        <translation>{name} tidak punya baris judul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: cannot decode the text ({reason}).</source>
        <translation>{name}: teksnya tidak bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable XLSX workbook ({reason}).</source>
        <translation>{name} bukan buku kerja XLSX yang bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not a valid CSV file ({reason}).</source>
        <translation>{name}: bukan berkas CSV yang sah ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column for the visitor&apos;s name was found (expected a header such as Name, Full Name, Nama, Nama Lengkap, or First Name and Last Name).</source>
        <translation>Tidak ditemukan kolom nama pengunjung (diharapkan judul seperti Name, Full Name, Nama, Nama Lengkap, atau First Name dan Last Name).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown import field(s): {unknown}</source>
        <translation>Isian impor tidak dikenal: {unknown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the {role}: a visitor id, short code or e-mail.</source>
        <translation>Sebutkan {role}: id pengunjung, kode pendek atau e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visitor {ref!r}: give a visitor id, short code or e-mail.</source>
        <translation>Tidak ada pengunjung {ref!r}: beri id pengunjung, kode pendek atau e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} visitors have the e-mail {ref}: use a code.</source>
        <translation>{count} pengunjung memakai e-mail {ref}: gunakan kode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visitor was removed or merged into another; it cannot be edited.</source>
        <translation>Pengunjung ini sudah dihapus atau digabungkan ke yang lain; tidak bisa diubah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one other visitor to merge.</source>
        <translation>Pilih setidaknya satu pengunjung lain untuk digabungkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was removed or already merged; keep another visitor.</source>
        <translation>{name} sudah dihapus atau digabungkan; pertahankan pengunjung lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visitor cannot be merged with itself.</source>
        <translation>Pengunjung tidak bisa digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was removed or already merged.</source>
        <translation>{name} sudah dihapus atau digabungkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the date (--before YYYY-MM-DD), or set the event&apos;s retention date first.</source>
        <translation>Beri tanggalnya (--before YYYY-MM-DD), atau atur dulu tanggal retensi acara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} has not come yet: a purge before it would erase people still being seen. Nothing was changed.</source>
        <translation>{day} belum tiba: pembersihan sebelum tanggal itu akan menghapus orang yang masih ditemui. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{erased} people were erased, but the old backup {path} could not be deleted ({reason}): delete it by hand.</source>
        <translation>{erased} orang sudah dihapus, tetapi cadangan lama {path} tidak bisa dihapus ({reason}): hapus secara manual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown category {value!r}; use one of: {categories}</source>
        <translation>Kategori tidak dikenal {value!r}; gunakan salah satu dari: {categories}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address: {email!r}</source>
        <translation>Bukan alamat e-mail: {email!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visitor needs a name.</source>
        <translation>Pengunjung perlu nama.</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../booth_app/ui/visitors/form.py" line="+72"/>
        <source>Type to find a country</source>
        <translation>Ketik untuk mencari negara</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../booth_app/ui/dashboard/page.py" line="+35"/>
        <source>Hospital</source>
        <translation>RS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gov&apos;t</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distrib.</source>
        <translation>Distrib.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins today</source>
        <translation>Check-in hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique visitors today</source>
        <translation>Pengunjung unik hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique visitors, whole show</source>
        <translation>Pengunjung unik, seluruh pameran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered visitors</source>
        <translation>Pengunjung terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Leads</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Hot leads</source>
        <translation>Prospek panas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business meetings</source>
        <translation>Temu bisnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoUs signed</source>
        <translation>MoU ditandatangani</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Potential transaction value</source>
        <translation>Nilai potensi transaksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manufacturer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in point</source>
        <translation>Pos check-in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+21"/>
        <location line="+84"/>
        <source>Leads per manufacturer</source>
        <translation>Prospek per produsen</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Check-ins per point today</source>
        <translation>Check-in per pos hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Check-ins per hour today</source>
        <translation>Check-in per jam hari ini</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Visitors by country</source>
        <translation>Pengunjung menurut negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors by category</source>
        <translation>Pengunjung menurut kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leads: sign in to see them</source>
        <translation>Prospek: masuk untuk melihatnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} · {1} to {2}</source>
        <translation>{0} · {1} s.d. {2}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Leads: sign in to see your booth&apos;s figures</source>
        <translation>Prospek: masuk untuk melihat angka stan Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads of your booth</source>
        <translation>Prospek stan Anda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inside now: {0} (where exits are scanned)</source>
        <translation>Di dalam sekarang: {0} (di pos yang memindai keluar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inside now: not counted (no check-in point scans exits)</source>
        <translation>Di dalam saat ini: tidak dihitung (tidak ada pos check-in yang memindai keluar)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="+125"/>
        <source>Possible duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for visitors registered twice…</source>
        <translation>Mencari pengunjung yang terdaftar dua kali…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select the record to keep. The others are merged into it: their check-ins and leads move to it, their badges keep working.</source>
        <translation>Pilih data yang dipertahankan. Data lainnya digabungkan ke dalamnya: check-in dan prospeknya pindah ke data ini, lencananya tetap berfungsi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge into the selected record…</source>
        <translation>Gabungkan ke data terpilih…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} — {1} records</source>
        <translation>{0} — {1} data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} groups of possible duplicates (same e-mail, or same name and organisation).</source>
        <translation>{0} kelompok kemungkinan duplikat (email sama, atau nama dan organisasi sama).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {0} are shown; merge them and look again for the rest.</source>
        <translation>Hanya {0} pertama yang ditampilkan; gabungkan, lalu cari lagi untuk sisanya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ No duplicates found.</source>
        <translation>✔ Tidak ada duplikat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge visitors</source>
        <translation>Gabungkan pengunjung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge {0} other record(s) into “{1}” ({2})?</source>
        <translation>Gabungkan {0} data lain ke “{1}” ({2})?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their check-ins and leads move to this visitor; their printed badges keep working. This cannot be undone.</source>
        <translation>Check-in dan prospeknya pindah ke pengunjung ini; lencana yang sudah dicetak tetap berfungsi. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These records changed meanwhile; look again.</source>
        <translation>Data ini telah berubah sementara itu; cari lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Merged {0} record(s) into {1}.</source>
        <translation>✔ {0} data digabungkan ke {1}.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../booth_app/ui/visitors/erase_dialog.py" line="+32"/>
        <source>Erase personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase the personal data of &lt;b&gt;{0}&lt;/b&gt;?</source>
        <translation>Hapus data pribadi &lt;b&gt;{0}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation: {0}</source>
        <translation>Organisasi: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: {0}</source>
        <translation>Email: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their name, contact details, answers and lead notes are removed from this laptop and, through sync, from every laptop. Counts stay: their check-ins, leads and meetings are still counted, without anyone&apos;s name. This cannot be undone.</source>
        <translation>Nama, kontak, jawaban, dan catatan prospeknya dihapus dari laptop ini dan, melalui sinkronisasi, dari semua laptop. Hitungan tetap: check-in, prospek, dan pertemuannya tetap dihitung, tanpa nama siapa pun. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason (e.g. asked by e-mail on 7 Dec)</source>
        <translation>Alasan (mis. diminta lewat email pada 7 Des)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not erased</source>
        <translation>Tidak dihapus</translation>
    </message>
</context>
<context>
    <name>ExhibitorsPage</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/page.py" line="+58"/>
        <source>Exhibitors</source>
        <translation>Eksibitor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Manufacturers</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in points</source>
        <translation>Pos check-in</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New manufacturer</source>
        <translation>Produsen baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import manufacturers…</source>
        <translation>Impor produsen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import products…</source>
        <translation>Impor produk…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find by company, code or booth</source>
        <translation>Cari perusahaan, kode, atau stan</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} manufacturers · {1} products</source>
        <translation>{0} produsen · {1} produk</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this manufacturer?</source>
        <translation>Simpan perubahan pada produsen ini?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>✔ Added: now its products, staff and questions</source>
        <translation>✔ Ditambahkan: sekarang isi produk, staf, dan pertanyaannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Saved</source>
        <translation>✔ Tersimpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ Deleted</source>
        <translation>✔ Dihapus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import manufacturers</source>
        <translation>Impor produsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import products</source>
        <translation>Impor produk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Spreadsheet (*.csv *.txt *.tsv *.xlsx);;Semua file (*)</translation>
    </message>
</context>
<context>
    <name>ExportCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/export_card.py" line="+72"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not exported: {0}</source>
        <translation>✖ Tidak diekspor: {0}</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../booth_app/ui/exports/lead_files.py" line="+25"/>
        <source>CSV (Excel, CRM import)</source>
        <translation>CSV (Excel, impor CRM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Buku kerja Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (phones, address books)</source>
        <translation>vCard (ponsel, buku alamat)</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../booth_app/ui/exports/page.py" line="+27"/>
        <source>Exports</source>
        <translation>Ekspor</translation>
    </message>
</context>
<context>
    <name>FirstCoordinatorDialog</name>
    <message>
        <location filename="../../booth_app/ui/access/first_coordinator.py" line="+33"/>
        <source>The first coordinator</source>
        <translation>Koordinator pertama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This event has no coordinator yet. The coordinator sets up manufacturers and staff, exports leads and makes backups. Whoever is made here can add others later; once one exists, this is not offered again.</source>
        <translation>Acara ini belum punya koordinator. Koordinator menyiapkan produsen dan staf, mengekspor prospek, dan membuat cadangan. Koordinator yang dibuat di sini dapat menambahkan yang lain nanti; setelah ada satu, pilihan ini tidak ditawarkan lagi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 sampai 8 digit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make coordinator and sign in</source>
        <translation>Buat koordinator dan masuk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✖ The two PINs differ. Type the same PIN twice.</source>
        <translation>✖ Kedua PIN berbeda. Ketik PIN yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../booth_app/ui/first_run.py" line="+37"/>
        <source>Welcome to Booth</source>
        <translation>Selamat datang di Booth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Welcome to Booth&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Selamat datang di Booth&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop has no event yet. Create your event, or open the demo pavilion (Indonesia Pavilion at Arab Health) to look around first.</source>
        <translation>Laptop ini belum memiliki acara. Buat acara Anda, atau buka paviliun demo (Indonesia Pavilion at Arab Health) untuk melihat-lihat dahulu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Arab Health 2027</source>
        <translation>mis. Arab Health 2027</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Indonesia Pavilion</source>
        <translation>mis. Paviliun Indonesia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Event name</source>
        <translation>Nama acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pavilion</source>
        <translation>Paviliun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo pavilion</source>
        <translation>Buka paviliun demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create event</source>
        <translation>Buat acara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join from a setup bundle…</source>
        <translation>Gabung dari paket penyiapan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A laptop joining the pavilion: the coordinator&apos;s setup bundle (booth setup export) brings the event, manufacturers, staff and badge keys.</source>
        <translation>Untuk laptop yang bergabung ke paviliun: paket penyiapan dari koordinator (booth setup export) membawa acara, produsen, staf, dan kunci lencana.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create the event</source>
        <translation>Tidak dapat membuat acara</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The setup bundle</source>
        <translation>Paket penyiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth bundles (*.booth *.bundle);;All files (*)</source>
        <translation>Paket Booth (*.booth *.bundle);;Semua file (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The setup bundle&apos;s passphrase:</source>
        <translation>Frasa sandi paket penyiapan:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot join from this bundle</source>
        <translation>Tidak dapat bergabung dari paket ini</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/form_dialog.py" line="+39"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ Tidak tersimpan: {0}</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../booth_app/ui/meetings/grid_model.py" line="+136"/>
        <source>Table {0}, {1}: free</source>
        <translation>Meja {0}, {1}: kosong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · locked</source>
        <translation> · terkunci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} ({1})
with {2} — {3}
Table {4}, {5}
{6}{7}</source>
        <translation>{0} ({1})
dengan {2} — {3}
Meja {4}, {5}
{6}{7}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Double booking after a sync: move one of them.</source>
        <translation>⚠ Jadwal ganda setelah sinkronisasi: pindahkan salah satunya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Table {0}: {1}</source>
        <translation>Meja {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer</source>
        <translation>tanpa produsen</translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <location filename="../../booth_app/ui/dashboard/hour_bars.py" line="+19"/>
        <source>Check-ins per hour today</source>
        <translation>Check-in per jam hari ini</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <location filename="../../booth_app/ui/sync/hub.py" line="+82"/>
        <location line="+74"/>
        <source>✔ Saved locally</source>
        <translation>✔ Tersimpan lokal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⟳ Syncing…</source>
        <translation>⟳ Menyinkronkan…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✔ Synced {0}</source>
        <translation>✔ Tersinkron {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Offline since {0}</source>
        <translation>Offline sejak {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {0} changes waiting</source>
        <translation> · {0} perubahan menunggu</translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/import_dialog.py" line="+53"/>
        <source>Import manufacturers</source>
        <translation>Impor produsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import products</source>
        <translation>Impor produk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV or Excel file with a header row. Columns: company name (Perusahaan), code (Kode), booth (Stan), country (Negara), city, contact, e-mail, phone, website, products (Produk, several separated by ;). Rows are matched on the code: importing again updates, never duplicates.</source>
        <translation>File CSV atau Excel dengan baris judul. Kolom: nama perusahaan (Perusahaan), kode (Kode), stan (Stan), negara (Negara), kota, kontak, email, telepon, situs web, produk (Produk, beberapa dipisahkan dengan ;). Baris dicocokkan berdasarkan kode: impor ulang akan memperbarui, tidak pernah menggandakan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV or Excel file with a header row and one product per row. Columns: manufacturer code (Kode) or company name (Perusahaan), product name (Produk), category (Kategori). A product already listed is updated, never added twice.</source>
        <translation>File CSV atau Excel dengan baris judul dan satu produk per baris. Kolom: kode produsen (Kode) atau nama perusahaan (Perusahaan), nama produk (Produk), kategori (Kategori). Produk yang sudah terdaftar akan diperbarui, tidak pernah ditambahkan dua kali.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen</source>
        <translation>Belum ada file dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Pilih file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy rejected rows</source>
        <translation>Salin baris yang ditolak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Spreadsheet (*.csv *.txt *.tsv *.xlsx);;Semua file (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing {0}…</source>
        <translation>Mengimpor {0}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Manufacturers added: {0}, updated: {1}. Rows rejected: {2}.</source>
        <translation>✔ Produsen ditambahkan: {0}, diperbarui: {1}. Baris ditolak: {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Products added: {0}, updated: {1}, already listed: {2}. Rows rejected: {3}.</source>
        <translation>✔ Produk ditambahkan: {0}, diperbarui: {1}, sudah terdaftar: {2}. Baris ditolak: {3}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Impor dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Nothing was imported: {0}</source>
        <translation>✖ Tidak ada yang diimpor: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ The import stopped: nothing was imported.</source>
        <translation>✖ Impor terhenti: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rejected rows are on the clipboard.</source>
        <translation>Baris yang ditolak sudah disalin ke papan klip.</translation>
    </message>
</context>
<context>
    <name>ImportVisitorsDialog</name>
    <message>
        <location filename="../../booth_app/ui/visitors/import_dialog.py" line="+68"/>
        <source>Import visitors</source>
        <translation>Impor pengunjung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nama belakang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration ID</source>
        <translation>ID registrasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the organiser&apos;s CSV or XLSX file</source>
        <translation>Pilih file CSV atau XLSX dari penyelenggara</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose file…</source>
        <translation>Pilih file…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Columns in the file, and what each holds:</source>
        <translation>Kolom dalam file dan isinya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translation>Kolom di file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as</source>
        <translation>Impor sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows, as they will be imported:</source>
        <translation>Baris-baris pertama, sebagaimana akan diimpor:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+134"/>
        <location line="+122"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+256"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Copy rejected rows</source>
        <translation>Salin baris yang ditolak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as CSV…</source>
        <translation>Simpan sebagai CSV…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the visitor list</source>
        <translation>Pilih daftar pengunjung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Spreadsheet (*.csv *.txt *.tsv *.xlsx);;Semua file (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file cannot be imported: {0}</source>
        <translation>File ini tidak dapat diimpor: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbook</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text file ({0}, separated by {1})</source>
        <translation>File teks ({0}, dipisahkan {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} rows.</source>
        <translation>{0}: {1} baris.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no header)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— ignore —</source>
        <translation>— abaikan —</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose which column holds the name (or the first and last name) to import.</source>
        <translation>Pilih kolom yang berisi nama (atau nama depan dan belakang) untuk diimpor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported {0} new visitors, updated {1}, skipped {2} rows.</source>
        <translation>{0} pengunjung baru diimpor, {1} diperbarui, {2} baris dilewati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished.</source>
        <translation>Impor selesai.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Impor dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: nothing was imported.</source>
        <translation>Impor terhenti: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The rejected rows are on the clipboard.</source>
        <translation>Baris yang ditolak sudah disalin ke papan klip.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save {0}: {1}</source>
        <translation>Tidak dapat menyimpan {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}</source>
        <translation>Tersimpan {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commas</source>
        <translation>koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolons</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars</source>
        <translation>garis tegak</translation>
    </message>
</context>
<context>
    <name>LeadBanner</name>
    <message>
        <location filename="../../booth_app/ui/leads/banner.py" line="+55"/>
        <source>1 interaction</source>
        <translation>1 interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} interactions</source>
        <translation>{0} interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown staff</source>
        <translation>staf tidak dikenal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✚ NEW LEAD — saved</source>
        <translation>✚ PROSPEK BARU — tersimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · visitor registered from the badge</source>
        <translation> · pengunjung didaftarkan dari lencana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↻ RESCAN — lead from {0} by {1}, {2}</source>
        <translation>↻ PINDAI ULANG — prospek dicatat {0} oleh {1}, {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ EDITING — lead from {0} by {1}, {2}</source>
        <translation>✎ MENGEDIT — prospek dicatat {0} oleh {1}, {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scanned</source>
        <translation>Dipindai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed in</source>
        <translation>Diketik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Diedit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History ({0})</source>
        <translation>Riwayat ({0})</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <location filename="../../booth_app/ui/leads/card.py" line="+118"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products of interest</source>
        <translation>Produk yang diminati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No products in this manufacturer&apos;s catalogue.</source>
        <translation>Tidak ada produk di katalog produsen ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said, what they need</source>
        <translation>Apa yang dibicarakan, apa kebutuhannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. send a quotation</source>
        <translation>mis. kirim penawaran harga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No date</source>
        <translation>Tanpa tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated value</source>
        <translation>Perkiraan nilai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 150,000</source>
        <translation>mis. 150.000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agrees to be contacted</source>
        <translation>Bersedia dihubungi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discard (Esc)</source>
        <translation>Buang (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Save and next (Ctrl+Enter)</source>
        <translation>✔ Simpan, lanjut (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} lead (key {1})</source>
        <translation>Prospek {0} (tombol {1})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>since {0}</source>
        <translation>sejak {0}</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard the changes to the lead of {0}?</source>
        <translation>Buang perubahan pada prospek {0}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan itself stays saved.</source>
        <translation>Hasil pindainya tetap tersimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/leads/view.py" line="+59"/>
        <source>This lead was deleted.</source>
        <translation>Prospek ini sudah dihapus.</translation>
    </message>
</context>
<context>
    <name>LeadFilesCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/lead_files.py" line="+6"/>
        <source>Leads of one manufacturer</source>
        <translation>Prospek satu produsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the manufacturer&apos;s sales team: CSV for a CRM, an Excel workbook, or vCards for phones. Only that manufacturer&apos;s leads.</source>
        <translation>Untuk tim penjualan produsen: CSV untuk CRM, buku kerja Excel, atau vCard untuk ponsel. Hanya berisi prospek produsen tersebut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manufacturer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export leads…</source>
        <translation>Ekspor prospek…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign in (Ctrl+L) to export leads.</source>
        <translation>Masuk (Ctrl+L) untuk mengekspor prospek.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export leads</source>
        <translation>Ekspor prospek</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Exported {0} leads to {1}</source>
        <translation>
            <numerusform>{0} prospek diekspor ke {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting leads…</source>
        <translation>Mengekspor prospek…</translation>
    </message>
</context>
<context>
    <name>LeadListPanel</name>
    <message>
        <location filename="../../booth_app/ui/leads/lead_list.py" line="+87"/>
        <source>Manufacturer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search leads</source>
        <translation>Cari prospek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any rating</source>
        <translation>Semua penilaian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any stage</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All manufacturers</source>
        <translation>Semua produsen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any product</source>
        <translation>Semua produk</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>{0} leads</source>
        <translation>
            <numerusform>{0} prospek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} shown</source>
        <translation>{0} dari {1} ditampilkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  {0} not rated</source>
        <translation>  ·  {0} belum dinilai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline: {0}</source>
        <translation>Pipeline: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no value yet</source>
        <translation>belum ada nilai</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <location filename="../../booth_app/ui/leads/table_model.py" line="+56"/>
        <source>Hot</source>
        <translation>Panas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>Hangat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Dingin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Sudah dihubungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotation</source>
        <translation>Penawaran harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU signed</source>
        <translation>MoU ditandatangani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Gagal</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <location filename="../../booth_app/ui/leads/page.py" line="+74"/>
        <source>Leads</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>This visitor was removed.</source>
        <translation>Pengunjung ini telah dihapus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This manufacturer was removed.</source>
        <translation>Produsen ini telah dihapus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✖ NOT CAPTURED — badge unreadable</source>
        <translation>✖ TIDAK TERCATAT — lencana tidak terbaca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ NOT CAPTURED</source>
        <translation>✖ TIDAK TERCATAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ NOT SAVED</source>
        <translation>✖ TIDAK TERSIMPAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan was not saved: {0}</source>
        <translation>Hasil pindai tidak tersimpan: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The next badge was not captured: finish this lead (or Esc), then scan again.</source>
        <translation>Lencana berikutnya tidak tercatat: selesaikan prospek ini (atau Esc), lalu pindai lagi.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✖ Cannot open this lead</source>
        <translation>✖ Prospek ini tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>Delete lead</source>
        <translation>Hapus prospek</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete the lead of {0}?</source>
        <translation>Hapus prospek {0}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It leaves this booth&apos;s list and every export. Scanning the visitor again starts a new lead.</source>
        <translation>Prospek ini hilang dari daftar stan ini dan dari setiap ekspor. Memindai pengunjung ini lagi akan membuat prospek baru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ Not deleted</source>
        <translation>✖ Tidak dihapus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead of {0} deleted.</source>
        <translation>Prospek {0} dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: scan a badge</source>
        <translation>Siap: pindai lencana</translation>
    </message>
</context>
<context>
    <name>LeadsZipCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/leads_zip.py" line="+29"/>
        <source>All manufacturers, one ZIP</source>
        <translation>Semua produsen, satu ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder per manufacturer holding only its own leads. With a password the ZIP is AES-256 encrypted (7-Zip and current systems open it), so a lost USB stick leaks nothing.</source>
        <translation>Satu folder per produsen, hanya berisi prospeknya sendiri. Dengan kata sandi, ZIP dienkripsi AES-256 (dapat dibuka 7-Zip dan sistem terkini), sehingga flashdisk USB yang hilang tidak membocorkan apa pun.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export all…</source>
        <translation>Ekspor semua…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in as a coordinator to export every manufacturer&apos;s leads.</source>
        <translation>Masuk sebagai koordinator untuk mengekspor prospek semua produsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For coordinators: a booth exports its own leads only.</source>
        <translation>Khusus koordinator: stan hanya dapat mengekspor prospeknya sendiri.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✖ The two passwords differ.</source>
        <translation>✖ Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export every manufacturer&apos;s leads</source>
        <translation>Ekspor prospek semua produsen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, encrypted</source>
        <translation>, terenkripsi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported {0} leads of {1} manufacturers to {2}{3}</source>
        <translation>
            <numerusform>{0} prospek dari {1} produsen diekspor ke {2}{3}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting every manufacturer&apos;s leads…</source>
        <translation>Mengekspor prospek semua produsen…</translation>
    </message>
</context>
<context>
    <name>LiveCounts</name>
    <message>
        <location filename="../../booth_app/ui/checkin/live_counts.py" line="+34"/>
        <source>Checked in today</source>
        <translation>Check-in hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique visitors today</source>
        <translation>Pengunjung unik hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside now</source>
        <translation>Di dalam saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the last hour</source>
        <translation>Dalam satu jam terakhir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last scans</source>
        <translation>Pindaian terakhir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No point scans exits, so nobody is counted out.</source>
        <translation>Tidak ada pos yang memindai keluar, jadi tidak ada yang dihitung keluar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no visitor)</source>
        <translation>(tanpa pengunjung)</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../booth_app/ui/access/guard.py" line="-72"/>
        <source>Sign in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: Ctrl+L signs in, and locks again when you leave.</source>
        <translation>Pintasan: Ctrl+L untuk masuk, dan untuk mengunci lagi saat Anda pergi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coordinator sign-in needed</source>
        <translation>Perlu masuk sebagai koordinator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a coordinator can open this page.</source>
        <translation>Hanya koordinator yang dapat membuka halaman ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is signed in for booth {1}.</source>
        <translation>{0} sedang masuk untuk stan {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed in on this laptop.</source>
        <translation>Tidak ada yang masuk di laptop ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in needed</source>
        <translation>Perlu masuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth staff see their own manufacturer&apos;s meetings here; a coordinator sees and schedules them all. Nobody is signed in on this laptop.</source>
        <translation>Staf stan melihat pertemuan produsennya sendiri di sini; koordinator melihat dan menjadwalkan semuanya. Tidak ada yang masuk di laptop ini.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../booth_app/ui/main_window.py" line="+47"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibitors</source>
        <translation>Eksibitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>  ·  This laptop: {0}</source>
        <translation>  ·  Laptop ini: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {0}</source>
        <translation>Basis data: {0}</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/errors.py" line="+28"/>
        <source>The database is damaged</source>
        <translation>Database rusak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop scanning on this laptop. Copy the latest file from the backups folder, then open that copy (booth --db FILE).</source>
        <translation>Hentikan pemindaian di laptop ini. Salin file terbaru dari folder cadangan, lalu buka salinan itu (booth --db FILE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open backups folder</source>
        <translation>Buka folder cadangan</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../booth_app/ui/meetings/editing.py" line="+50"/>
        <source>Choose where to move it with the arrow keys, then press Enter (Esc puts it back).</source>
        <translation>Pilih tujuannya dengan tombol panah, lalu tekan Enter (Esc untuk mengembalikan).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not possible</source>
        <translation>Tidak bisa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move here</source>
        <translation>Pindah ke sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free: Enter or drop moves {0} to table {1}, {2}.</source>
        <translation>Kosong: Enter atau lepas di sini untuk memindahkan {0} ke meja {1}, {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer busy</source>
        <translation>Pembeli sibuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manufacturer busy</source>
        <translation>Produsen sibuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table taken</source>
        <translation>Meja terisi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Busy</source>
        <translation>Sibuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move to table {0}, {1}: {2}.</source>
        <translation>Tidak dapat dipindah ke meja {0}, {1}: {2}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This meeting belongs to another manufacturer.</source>
        <translation>Pertemuan ini milik produsen lain.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✖ Not moved: {0}</source>
        <translation>✖ Tidak dipindah: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Moved to table {0}, {1}.</source>
        <translation>✔ Dipindah ke meja {0}, {1}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>✖ {0}</source>
        <translation>✖ {0}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Locked: Schedule keeps {0}&apos;s meeting where it is.</source>
        <translation>Terkunci: Jadwalkan tidak akan memindahkan pertemuan {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked: Schedule may move {0}&apos;s meeting.</source>
        <translation>Tidak terkunci: Jadwalkan boleh memindahkan pertemuan {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meeting of {0} with {1} at {2} cancelled; the request is back under Not placed.</source>
        <translation>Pertemuan {0} dengan {1} pada {2} dibatalkan; permintaannya kembali ke Belum ditempatkan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ The outcome is recorded once the meeting has started ({0}).</source>
        <translation>✖ Hasil baru dapat dicatat setelah pertemuan dimulai ({0}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ Tidak tersimpan: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Outcome saved: {0} — {1} with {2}.</source>
        <translation>✔ Hasil tersimpan: {0} — {1} dengan {2}.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../booth_app/ui/meetings/agenda_print.py" line="+50"/>
        <source>Agendas cannot be printed from this version yet.</source>
        <translation>Agenda belum dapat dicetak dari versi ini.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the agenda…</source>
        <translation>Menulis agenda…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda written to {0} and opened: print it from the viewer.</source>
        <translation>Agenda ditulis ke {0} dan dibuka: cetak dari penampil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/meetings/editing.py" line="+9"/>
        <location line="+6"/>
        <source>Cancel meeting</source>
        <translation>Batalkan pertemuan</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cancel the meeting of {0} with {1} at {2}?</source>
        <translation>Batalkan pertemuan {0} dengan {1} pada {2}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its slot becomes free and the request goes back under Not placed.</source>
        <translation>Slotnya menjadi kosong dan permintaannya kembali ke Belum ditempatkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/meetings/schedule_run.py" line="+44"/>
        <source>Placing the requests…</source>
        <translation>Menempatkan permintaan…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} meetings placed: {1} new, {2} moved, {3} kept; {4} not placed.</source>
        <translation>{0} pertemuan ditempatkan: {1} baru, {2} dipindah, {3} tetap; {4} belum ditempatkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} meetings cancelled (their request can no longer be placed).</source>
        <translation>{0} pertemuan dibatalkan (permintaannya tidak dapat ditempatkan lagi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Proven optimal: no schedule places more.</source>
        <translation>✔ Terbukti optimal: tidak ada jadwal yang menempatkan lebih banyak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proven optimal: at most {0} could be placed.</source>
        <translation>Belum terbukti optimal: paling banyak {0} dapat ditempatkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved:</source>
        <translation>Dipindah:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  and {0} more</source>
        <translation>  dan {0} lainnya</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/meetings/words.py" line="+39"/>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-in</source>
        <translation>Belum check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Sudah check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CHECKED IN — ON TIME</source>
        <translation>SUDAH CHECK-IN — TEPAT WAKTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKED IN — LATE</source>
        <translation>SUDAH CHECK-IN — TERLAMBAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKED IN — EARLY</source>
        <translation>SUDAH CHECK-IN — LEBIH AWAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WRONG TABLE</source>
        <translation>MEJA SALAH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO MEETING NOW</source>
        <translation>TIDAK ADA PERTEMUAN SEKARANG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN BADGE</source>
        <translation>LENCANA TIDAK DIKENAL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the buyer</source>
        <translation>pembeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the manufacturer</source>
        <translation>produsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organiser</source>
        <translation>penyelenggara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vetoed by {0}</source>
        <translation>ditolak oleh {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vetoed</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no free slot in common</source>
        <translation>tidak ada slot kosong bersama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the buyer&apos;s meeting cap is reached</source>
        <translation>batas pertemuan pembeli sudah tercapai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the manufacturer&apos;s meeting cap is reached</source>
        <translation>batas pertemuan produsen sudah tercapai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every common free slot is taken</source>
        <translation>semua slot kosong bersama sudah terisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>its meeting was cancelled (request it again to place it)</source>
        <translation>pertemuannya dibatalkan (ajukan lagi untuk menempatkannya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason yet: run Schedule</source>
        <translation>belum ada alasan: jalankan Jadwalkan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must</source>
        <translation>wajib</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>want</source>
        <translation>ingin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>veto</source>
        <translation>tolak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did not happen</source>
        <translation>Tidak terlaksana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interest</source>
        <translation>Tidak berminat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informative</source>
        <translation>Informatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation possible</source>
        <translation>Kerja sama mungkin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU signed</source>
        <translation>MoU ditandatangani</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../booth_app/ui/meetings/page.py" line="+60"/>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>For the matching desk or a coordinator: it places every manufacturer&apos;s meetings.</source>
        <translation>Untuk petugas business matching atau koordinator: menempatkan pertemuan semua produsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every request it can; locked meetings stay where they are</source>
        <translation>Tempatkan semua permintaan yang memungkinkan; pertemuan terkunci tetap di tempatnya</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No event yet: create one first.</source>
        <translation>Belum ada acara: buat terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No meeting sessions yet: add them with “booth meetings sessions add” (date, start, end, slot minutes).</source>
        <translation>Belum ada sesi pertemuan: tambahkan dengan “booth meetings sessions add” (tanggal, mulai, selesai, menit per slot).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ {0} meetings start between slots (a session was changed): see “booth meetings list”.</source>
        <translation>⚠ {0} pertemuan dimulai di antara slot (ada sesi yang diubah): lihat “booth meetings list”.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Moving, locking and cancelling meetings needs a coordinator: ask one, or sign in as one (Ctrl+L).</source>
        <translation>Memindahkan, mengunci, dan membatalkan pertemuan memerlukan koordinator: mintalah bantuan koordinator, atau masuk sebagai koordinator (Ctrl+L).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Scheduling…</source>
        <translation>Menjadwalkan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduling meetings…</source>
        <translation>Menjadwalkan pertemuan…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schedule cancelled: nothing changed.</source>
        <translation>Penjadwalan dibatalkan: tidak ada yang berubah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not scheduled: {0}</source>
        <translation>✖ Tidak terjadwal: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ Scheduling failed: {0}. Nothing changed.</source>
        <translation>✖ Penjadwalan gagal: {0}. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Leave full screen (F11)</source>
        <translation>Keluar dari layar penuh (F11)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full screen (F11)</source>
        <translation>Layar penuh (F11)</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../booth_app/ui/meetings/toolbar.py" line="+81"/>
        <source>Select a meeting: Enter picks it up to move it (or drag it), L locks or unlocks it, Del cancels it.</source>
        <translation>Pilih pertemuan: Enter untuk mengambil dan memindahkannya (atau seret), L untuk mengunci atau membuka kunci, Del untuk membatalkan.</translation>
    </message>
</context>
<context>
    <name>NowView</name>
    <message>
        <location filename="../../booth_app/ui/meetings/now_view.py" line="+120"/>
        <location line="+90"/>
        <source>Table</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Scan a buyer&apos;s badge at the table</source>
        <translation>Pindai lencana pembeli di meja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark no-shows</source>
        <translation>Tandai tidak hadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings whose slot has ended with nobody checked in become no-shows</source>
        <translation>Pertemuan yang slotnya sudah berakhir tanpa ada yang check-in ditandai tidak hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F11)</source>
        <translation>Layar penuh (F11)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Any table</source>
        <translation>Semua meja</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting slot now</source>
        <translation>Tidak ada slot saat ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now {0} · {1} of {2} checked in
Late (no check-in 5 min after the start):</source>
        <translation>Sekarang {0} · {1} dari {2} sudah check-in
Terlambat (belum check-in 5 menit setelah mulai):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min</source>
        <translation>{0} mnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Nobody is late.</source>
        <translation>✔ Tidak ada yang terlambat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more slots</source>
        <translation>Tidak ada slot lagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next {0} · {1} meetings
At which table:</source>
        <translation>Berikutnya {0} · {1} pertemuan
Di meja mana:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Table {0} · {1} — {2}</source>
        <translation>Meja {0} · {1} — {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scan was not saved: {0}</source>
        <translation>Hasil pindai tidak tersimpan: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the buyer&apos;s badge when they sit down at the table: on time, late or at the wrong table shows here.</source>
        <translation>Pindai lencana pembeli saat ia duduk di meja: tepat waktu, terlambat, atau salah meja akan tampil di sini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} meetings marked no-show.</source>
        <translation>{0} pertemuan ditandai tidak hadir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ NO-SHOWS MARKED</source>
        <translation>✖ TIDAK HADIR DITANDAI</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/staff.py" line="+107"/>
        <source>Reset PIN</source>
        <translation>Atur ulang PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set new PIN</source>
        <translation>Atur PIN baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>Ulangi PIN baru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation>Kedua PIN berbeda; ketik ulang PIN.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../booth_app/ui/access/pin_pad.py" line="+42"/>
        <source>Delete the last digit (Backspace)</source>
        <translation>Hapus digit terakhir (Backspace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in (Enter)</source>
        <translation>Masuk (Enter)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter your PIN</source>
        <translation>Masukkan PIN Anda</translation>
    </message>
</context>
<context>
    <name>PointSwitch</name>
    <message>
        <location filename="../../booth_app/ui/checkin/point_switch.py" line="+44"/>
        <source>This laptop&apos;s check-in point</source>
        <translation>Pos check-in laptop ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>→ Entry</source>
        <translation>→ Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit →</source>
        <translation>Keluar →</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No check-in point: add one in Exhibitors</source>
        <translation>Tidak ada pos check-in: tambahkan di Eksibitor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: scan badges of visitors leaving {0}</source>
        <translation>Siap: pindai lencana pengunjung yang keluar dari {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: scan a badge · {0}</source>
        <translation>Siap: pindai lencana · {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exits are not scanned at this point.</source>
        <translation>Pos ini tidak memindai keluar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges print on first check-in.</source>
        <translation>Lencana dicetak saat check-in pertama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No re-entry.</source>
        <translation>Tidak boleh masuk kembali.</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/points.py" line="+57"/>
        <source>Entrance</source>
        <translation>Pintu masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Pintu keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar / stage</source>
        <translation>Seminar / panggung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lounge</source>
        <translation>Lounge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting area</source>
        <translation>Area pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where badges are scanned. Each laptop at a door chooses its point in Settings.</source>
        <translation>Tempat lencana dipindai. Setiap laptop di pintu memilih posnya di Pengaturan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Re-entry</source>
        <translation>Masuk kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exits</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeats</source>
        <translation>Jeda ulang</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. Pavilion Entrance</source>
        <translation>mis. Pintu Masuk Paviliun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let visitors back in (re-entry)</source>
        <translation>Izinkan pengunjung masuk kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan exits too (counts who is inside)</source>
        <translation>Pindai juga saat keluar (menghitung yang di dalam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badge at check-in</source>
        <translation>Cetak lencana saat check-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore a repeated scan for</source>
        <translation>Abaikan pindaian berulang selama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 600 seconds: the same badge scanned again within this time is shown, not counted twice</source>
        <translation>0 sampai 600 detik: lencana yang dipindai lagi dalam rentang ini hanya ditampilkan, tidak dihitung dua kali</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New point</source>
        <translation>Pos baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Simpan (Ctrl+S atau Enter)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✔ yes</source>
        <translation>✔ ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>– no</source>
        <translation>– tidak</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} s</source>
        <translation>{0} dtk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this check-in point?</source>
        <translation>Simpan perubahan pada pos check-in ini?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New check-in point</source>
        <translation>Pos check-in baru</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This check-in point no longer exists.</source>
        <translation>Pos check-in ini sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ Tidak tersimpan: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Added</source>
        <translation>✔ Ditambahkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Saved</source>
        <translation>✔ Tersimpan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete check-in point</source>
        <translation>Hapus pos check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the check-in point {0}? Its past check-ins stay counted.</source>
        <translation>Hapus pos check-in {0}? Check-in sebelumnya tetap terhitung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✖ Not deleted: {0}</source>
        <translation>✖ Tidak dihapus: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Deleted</source>
        <translation>✔ Dihapus</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../booth_app/ui/printing.py" line="+79"/>
        <location line="+43"/>
        <source>The badge PDF could not be read.</source>
        <translation>PDF lencana tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>There is no printer named “{0}”. Choose another one in Settings or in the print dialog.</source>
        <translation>Tidak ada printer bernama “{0}”. Pilih printer lain di Pengaturan atau di dialog cetak.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The printer “{0}” could not be opened.</source>
        <translation>Printer “{0}” tidak dapat dibuka.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+103"/>
        <source>Sending to the printer…</source>
        <translation>Mengirim ke printer…</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The printer “{0}” refused the job.</source>
        <translation>Printer “{0}” menolak pekerjaan cetak.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing badge page {0} of {1}…</source>
        <translation>Mencetak halaman lencana {0} dari {1}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page {0} of the badge PDF could not be drawn.</source>
        <translation>Halaman {0} dari PDF lencana tidak dapat digambar.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Printing did not finish in time.</source>
        <translation>Pencetakan tidak selesai tepat waktu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No printer is set up on this computer. Add the badge printer in the system&apos;s printer settings, then try again.</source>
        <translation>Belum ada printer di komputer ini. Tambahkan printer lencana di pengaturan printer sistem, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no printer named “{0}”. Printers here: {1}.</source>
        <translation>Tidak ada printer bernama “{0}”. Printer yang ada: {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print badges</source>
        <translation>Cetak lencana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one of the printers to print badges on.</source>
        <translation>Pilih salah satu printer untuk mencetak lencana.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There are no visitors to print badges for.</source>
        <translation>Tidak ada pengunjung yang lencananya perlu dicetak.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing badges {0}–{1} of {2}…</source>
        <translation>Menggambar lencana {0}–{1} dari {2}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printed 1 badge on {0}</source>
        <translation>1 lencana dicetak di {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {0} badges on {1}</source>
        <translation>{0} lencana dicetak di {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing badges…</source>
        <translation>Mencetak lencana…</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/catalogue.py" line="+51"/>
        <source>New product name</source>
        <translation>Nama produk baru</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Add product</source>
        <translation>Tambah produk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the product (F2, or double-click)</source>
        <translation>Ganti nama produk (F2, atau klik dua kali)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the product (Delete key); it can be undone</source>
        <translation>Hapus produk (tombol Delete); dapat diurungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>✖ Not added: {0}</source>
        <translation>✖ Tidak ditambahkan: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Added “{0}”</source>
        <translation>✔ “{0}” ditambahkan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This product no longer exists.</source>
        <translation>Produk ini sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ Not renamed: {0}</source>
        <translation>✖ Nama tidak diganti: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Saved “{0}”</source>
        <translation>✔ “{0}” tersimpan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✖ Not deleted: {0}</source>
        <translation>✖ Tidak dihapus: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Deleted “{0}”</source>
        <translation>✔ “{0}” dihapus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✖ Not restored: {0}</source>
        <translation>✖ Tidak dipulihkan: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Restored</source>
        <translation>✔ Dipulihkan</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/profile.py" line="+65"/>
        <source>Code *</source>
        <translation>Kode *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company *</source>
        <translation>Perusahaan *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booth</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. MEDIKA</source>
        <translation>mis. MEDIKA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. S1-A10</source>
        <translation>mis. S1-A10</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>About the company</source>
        <translation>Tentang perusahaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete manufacturer…</source>
        <translation>Hapus produsen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Simpan (Ctrl+S atau Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a manufacturer</source>
        <translation>Pilih produsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New manufacturer</source>
        <translation>Produsen baru</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This manufacturer no longer exists.</source>
        <translation>Produsen ini sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ Tidak tersimpan: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Added</source>
        <translation>✔ Ditambahkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Saved</source>
        <translation>✔ Tersimpan</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>✖ Not deleted: {0} has %n lead(s); they are its results, so it stays.</source>
        <translation>
            <numerusform>✖ Tidak dihapus: {0} memiliki %n prospek; itu hasil kerjanya, jadi produsen ini tetap ada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete manufacturer</source>
        <translation>Hapus produsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {0}?</source>
        <translation>Hapus {0}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its {0} products, {1} staff accounts and {2} questions go with it. It can be added again with the same code.</source>
        <translation>{0} produk, {1} akun staf, dan {2} pertanyaannya ikut terhapus. Produsen ini dapat ditambahkan lagi dengan kode yang sama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✖ Not deleted: {0}</source>
        <translation>✖ Tidak dihapus: {0}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../booth_app/ui/access/purge_dialog.py" line="+36"/>
        <source>Purge personal data</source>
        <translation>Bersihkan data pribadi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone not seen since this date (no check-in, lead, note or meeting) is erased from this laptop and, through sync, from every laptop. Counts stay. Rolling backups older than the date are deleted.</source>
        <translation>Semua orang yang tidak terlihat sejak tanggal ini (tanpa check-in, prospek, catatan, atau pertemuan) dihapus dari laptop ini dan, melalui sinkronisasi, dari semua laptop. Hitungan tetap. Cadangan bergulir yang lebih lama dari tanggal itu dihapus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not seen since</source>
        <translation>Tidak terlihat sejak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase them</source>
        <translation>Hapus semuanya</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} visitors not seen since {1} would be erased.</source>
        <translation>{0} pengunjung yang tidak terlihat sejak {1} akan dihapus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} older backups would be deleted.</source>
        <translation>{0} cadangan lama akan dihapus.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../booth_app/ui/qt_words.py" line="+39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-10"/>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-21"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/questions.py" line="+65"/>
        <source>e.g. Planned purchase in the next 12 months?</source>
        <translation>mis. Rencana pembelian dalam 12 bulan ke depan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One option per line, at least two</source>
        <translation>Satu opsi per baris, minimal dua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An answer is required</source>
        <translation>Jawaban wajib diisi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Staff tick one option.</source>
        <translation>Staf mencentang satu opsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff tick any number of options.</source>
        <translation>Staf boleh mencentang beberapa opsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff type the answer; a text or number question has no options.</source>
        <translation>Staf mengetik jawabannya; pertanyaan teks atau angka tidak memiliki opsi.</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <location filename="../../booth_app/ui/leads/questions.py" line="+55"/>
        <source>(no answer)</source>
        <translation>(tanpa jawaban)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A number</source>
        <translation>Angka</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/questions.py" line="-46"/>
        <source>Single choice</source>
        <translation>Pilihan tunggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation>Pilihan ganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asked on every lead form of this manufacturer, in this order.</source>
        <translation>Ditanyakan di setiap formulir prospek produsen ini, sesuai urutan ini.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add question…</source>
        <translation>Tambah pertanyaan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲ Move up</source>
        <translation>▲ Naikkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Naikkan (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ Move down</source>
        <translation>▼ Turunkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Turunkan (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> · required</source>
        <translation> · wajib</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This question no longer exists.</source>
        <translation>Pertanyaan ini sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add question</source>
        <translation>Tambah pertanyaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Question added</source>
        <translation>✔ Pertanyaan ditambahkan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit question</source>
        <translation>Ubah pertanyaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Question saved</source>
        <translation>✔ Pertanyaan tersimpan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✖ Not moved: {0}</source>
        <translation>✖ Tidak dipindah: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete question</source>
        <translation>Hapus pertanyaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this question?

{0}

Answers already given stay with their leads.</source>
        <translation>Hapus pertanyaan ini?

{0}

Jawaban yang sudah diberikan tetap tersimpan pada prospeknya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✖ Not deleted: {0}</source>
        <translation>✖ Tidak dihapus: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Question deleted</source>
        <translation>✔ Pertanyaan dihapus</translation>
    </message>
</context>
<context>
    <name>RegisterFromScanDialog</name>
    <message>
        <location filename="../../booth_app/ui/checkin/register_from_scan.py" line="+25"/>
        <source>Register from the scan</source>
        <translation>Daftarkan dari hasil pindai</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register and print badge</source>
        <translation>Daftarkan dan cetak lencana</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/report.py" line="+42"/>
        <source>Not an exchange rate: {0}. Write e.g. USD=16250.</source>
        <translation>Bukan kurs: {0}. Tulis misalnya USD=16250.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pavilion results report</source>
        <translation>Laporan hasil paviliun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the ministry: visitors, leads, business meetings, MoUs and the potential transaction value, per manufacturer, with charts (PDF).</source>
        <translation>Untuk kementerian: pengunjung, prospek, temu bisnis, MoU, dan nilai potensi transaksi per produsen, dengan grafik (PDF).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. IDR=0.0000615, EUR=1.08</source>
        <translation>mis. IDR=0.0000615, EUR=1.08</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What 1 unit of each other currency is worth in the reporting currency; values in a currency without a rate are listed as not converted.</source>
        <translation>Nilai 1 unit setiap mata uang lain dalam mata uang laporan; nilai dalam mata uang tanpa kurs dicantumkan sebagai belum dikonversi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting currency</source>
        <translation>Mata uang laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create report…</source>
        <translation>Buat laporan…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in as a coordinator to create the report.</source>
        <translation>Masuk sebagai koordinator untuk membuat laporan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordinators: the report counts every booth.</source>
        <translation>Khusus koordinator: laporan mencakup semua stan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Create the pavilion report</source>
        <translation>Buat laporan paviliun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report of {0} pages saved to {1}</source>
        <translation>Laporan {0} halaman disimpan ke {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the report…</source>
        <translation>Membuat laporan…</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../booth_app/ui/checkin/result_card.py" line="+106"/>
        <source>Ready: scan a badge</source>
        <translation>Siap: pindai lencana</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../booth_app/ui/checkin/scan_field.py" line="+115"/>
        <source>Scan a badge, or type a name, company, email or code</source>
        <translation>Pindai lencana, atau ketik nama, perusahaan, email, atau kode</translation>
    </message>
</context>
<context>
    <name>ScanMessages</name>
    <message>
        <location filename="../../booth_app/ui/checkin/scan_words.py" line="-31"/>
        <source>Welcome.</source>
        <translation>Selamat datang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome back.</source>
        <translation>Selamat datang kembali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodbye.</source>
        <translation>Sampai jumpa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in (the same scan again).</source>
        <translation>Sudah check-in (pindaian yang sama lagi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already scanned out (the same scan again).</source>
        <translation>Sudah dipindai keluar (pindaian yang sama lagi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit recorded (no entry scan was found).</source>
        <translation>Keluar dicatat (tidak ada pindaian masuk).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a badge of this event.</source>
        <translation>Bukan lencana acara ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visitor has this code.</source>
        <translation>Tidak ada pengunjung dengan kode ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge&apos;s code was altered or made up.</source>
        <translation>Kode lencana ini diubah atau dibuat-buat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A genuine badge, but this visitor is not on this laptop yet: sync, or register them.</source>
        <translation>Lencana asli, tetapi pengunjung ini belum ada di laptop ini: sinkronkan, atau daftarkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already in since {0} at {1}.</source>
        <translation>Sudah di dalam sejak {0} di {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No re-entry at {0}.</source>
        <translation>Tidak boleh masuk kembali di {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: this badge was reprinted (current badge #{0}).</source>
        <translation>Dicabut: lencana ini sudah dicetak ulang (lencana berlaku #{0}).</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../booth_app/ui/meetings/selection_bar.py" line="+52"/>
        <source>Move (Enter)</source>
        <translation>Pindahkan (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the meeting up; arrows choose the cell, Enter moves it, Esc puts it back. You can also drag the card.</source>
        <translation>Ambil pertemuan ini; tombol panah memilih sel, Enter memindahkannya, Esc mengembalikannya. Anda juga bisa menyeret kartunya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <location line="+2"/>
        <source>Lock (L)</source>
        <translation>Kunci (L)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Cancel meeting… (Del)</source>
        <translation>Batalkan pertemuan… (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s agenda…</source>
        <translation>Agenda pembeli…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This buyer&apos;s agenda as a PDF, ready to print</source>
        <translation>Agenda pembeli ini dalam PDF, siap dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s agenda…</source>
        <translation>Agenda produsen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This manufacturer&apos;s agenda as a PDF, ready to print</source>
        <translation>Agenda produsen ini dalam PDF, siap dicetak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcome:</source>
        <translation>Hasil:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The outcome is recorded once the meeting has started.</source>
        <translation>Hasil dicatat setelah pertemuan dimulai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a meeting in the grid (arrow keys or a click).</source>
        <translation>Pilih pertemuan di tabel jadwal (tombol panah atau klik).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock (L)</source>
        <translation>Buka kunci (L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · Locked</source>
        <translation> · Terkunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — {1}
{2} at table {3}, {4} · {5}{6}</source>
        <translation>{0} — {1}
{2} di meja {3}, {4} · {5}{6}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../booth_app/ui/settings_page.py" line="+33"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>These settings belong to this laptop.</source>
        <translation>Pengaturan ini khusus untuk laptop ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As this computer (BOOTH_LANG or the system)</source>
        <translation>Ikuti komputer ini (BOOTH_LANG atau sistem)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The words printed in the badge&apos;s colour band (visitor, buyer, media, exhibitor, VIP). The whole event uses them: every laptop prints them after its next sync.</source>
        <translation>Kata yang dicetak di pita warna lencana (pengunjung, pembeli, media, eksibitor, VIP). Berlaku untuk seluruh acara: setiap laptop mencetaknya setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the whole event</source>
        <translation>Berlaku untuk seluruh acara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play a sound for accepted and refused scans</source>
        <translation>Bunyikan suara untuk pindaian yang diterima dan ditolak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beside the database (default)</source>
        <translation>Di samping database (bawaan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop&apos;s name</source>
        <translation>Nama laptop ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in point</source>
        <translation>Pos check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth (for leads)</source>
        <translation>Stan (untuk prospek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge printer</source>
        <translation>Printer lencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge layout</source>
        <translation>Tata letak lencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge language</source>
        <translation>Bahasa lencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Automatic backup every</source>
        <translation>Cadangkan otomatis setiap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after inactivity</source>
        <translation>Kunci jika tidak aktif selama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pavilion&apos;s PostgreSQL hub: while it is reachable this laptop syncs with it every few seconds.</source>
        <translation>Hub PostgreSQL paviliun: selama dapat dijangkau, laptop ini menyinkronkan data dengannya setiap beberapa detik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptops and sync…</source>
        <translation>Laptop dan sinkronisasi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which laptops have synced when, and what this laptop has not sent yet.</source>
        <translation>Laptop mana yang sudah sinkron dan kapan, serta apa yang belum dikirim laptop ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub address</source>
        <translation>Alamat hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log…</source>
        <translation>Log audit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did what, when, on which laptop</source>
        <translation>Siapa melakukan apa, kapan, di laptop mana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge…</source>
        <translation>Bersihkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everyone not seen since a date</source>
        <translation>Hapus semua orang yang tidak terlihat sejak tanggal tertentu</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask every time</source>
        <translation>Tanya setiap kali</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} (not connected)</source>
        <translation>{0} (tidak terhubung)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>✔ Saved</source>
        <translation>✔ Tersimpan</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/setup_tab.py" line="+78"/>
        <source>This manufacturer no longer exists.</source>
        <translation>Produsen ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../booth_app/ui/meetings/side_panel.py" line="+42"/>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Produsen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or organisation</source>
        <translation>Nama atau organisasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Requests not placed</source>
        <translation>Permintaan belum ditempatkan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All manufacturers</source>
        <translation>Semua produsen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not placed ({0})</source>
        <translation>Belum ditempatkan ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} {1} — {2}
→ {3} · {4}
{5}</source>
        <translation>{0} {1} — {2}
→ {3} · {4}
{5}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and {0} more: filter by manufacturer or buyer.</source>
        <translation>… dan {0} lagi: saring menurut produsen atau pembeli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every request has a meeting.</source>
        <translation>Semua permintaan sudah mendapat pertemuan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None for this buyer.</source>
        <translation>Tidak ada untuk pembeli ini.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../booth_app/ui/access/sign_in.py" line="+92"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>← Back (Esc)</source>
        <translation>← Kembali (Esc)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Booth {0} · {1} ({2})</source>
        <translation>Stan {0} · {1} ({2})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No booth has staff yet: a coordinator adds them in Exhibitors.</source>
        <translation>Belum ada stan yang memiliki staf: koordinator menambahkannya di Eksibitor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pavilion coordinator</source>
        <translation>Koordinator paviliun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the first coordinator…</source>
        <translation>Buat koordinator pertama…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in: choose your booth</source>
        <translation>Masuk: pilih stan Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pavilion coordinator: who are you?</source>
        <translation>Koordinator paviliun: siapa Anda?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booth {0} · {1}: who are you?</source>
        <translation>Stan {0} · {1}: siapa Anda?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>← Booths (Esc)</source>
        <translation>← Stan (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}: enter your PIN</source>
        <translation>{0}: masukkan PIN Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Names (Esc)</source>
        <translation>← Nama (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>✖ Wrong PIN. One more try before a wait.</source>
        <translation>✖ PIN salah. Tersisa satu percobaan sebelum harus menunggu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Wrong PIN. {0} more tries before a wait.</source>
        <translation>✖ PIN salah. Tersisa {0} percobaan sebelum harus menunggu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>⏳ Too many wrong PINs. Try again in {0}.</source>
        <translation>⏳ Terlalu banyak PIN salah. Coba lagi dalam {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can try your PIN again.</source>
        <translation>Anda dapat mencoba PIN lagi.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location line="+32"/>
        <source>Sign in to capture leads</source>
        <translation>Masuk untuk mencatat prospek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your booth and your name, then type your PIN. You see your own manufacturer&apos;s leads only.</source>
        <translation>Pilih stan dan nama Anda, lalu ketik PIN. Anda hanya melihat prospek produsen Anda sendiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: Ctrl+L signs in, and locks again when you leave.</source>
        <translation>Pintasan: Ctrl+L untuk masuk, dan untuk mengunci lagi saat Anda pergi.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/staff.py" line="-48"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Sari Wulandari</source>
        <translation>mis. Sari Wulandari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation>Kedua PIN berbeda; ketik ulang PIN.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <location filename="../../booth_app/ui/access/session.py" line="+54"/>
        <source>No such staff member.</source>
        <translation>Staf ini tidak ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} can no longer sign in here (deactivated).</source>
        <translation>{0} tidak dapat masuk lagi di sini (dinonaktifkan).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} belongs to no manufacturer of this event.</source>
        <translation>{0} tidak terdaftar di produsen mana pun di acara ini.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in to see leads.</source>
        <translation>Masuk untuk melihat prospek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This staff member belongs to no manufacturer.</source>
        <translation>Staf ini tidak terdaftar di produsen mana pun.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/staff.py" line="-32"/>
        <source>Booth staff</source>
        <translation>Staf stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff sign in at this manufacturer&apos;s booth with their PIN. PINs are never shown: a forgotten one is reset here.</source>
        <translation>Staf masuk di stan produsen ini dengan PIN masing-masing. PIN tidak pernah ditampilkan: PIN yang terlupa diatur ulang di sini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add staff…</source>
        <translation>Tambah staf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset PIN…</source>
        <translation>Atur ulang PIN…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>✔ Active</source>
        <translation>✔ Aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⊘ Deactivated</source>
        <translation>⊘ Nonaktif</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reactivate</source>
        <translation>Aktifkan lagi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This staff member no longer exists.</source>
        <translation>Anggota staf ini sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add staff</source>
        <translation>Tambah staf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Added {0}</source>
        <translation>✔ {0} ditambahkan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit staff</source>
        <translation>Ubah staf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Saved</source>
        <translation>✔ Tersimpan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✔ New PIN set for {0}</source>
        <translation>✔ PIN baru diatur untuk {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✖ Not changed: {0}</source>
        <translation>✖ Tidak diubah: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Reactivated: can sign in again</source>
        <translation>✔ Diaktifkan lagi: dapat masuk kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Deactivated: cannot sign in; past leads keep the name</source>
        <translation>✔ Dinonaktifkan: tidak dapat masuk; prospek sebelumnya tetap mencantumkan namanya</translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <location filename="../../booth_app/ui/sync/status_panel.py" line="+241"/>
        <source>Laptops and sync</source>
        <translation>Laptop dan sinkronisasi</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location line="-169"/>
        <source>Laptops in this pavilion</source>
        <translation>Laptop di paviliun ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⟳ Refresh</source>
        <translation>⟳ Muat ulang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its changes last arrived here</source>
        <translation>Perubahannya terakhir tiba di sini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Melalui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its newest change here</source>
        <translation>Perubahan terbarunya di sini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent yet from this laptop</source>
        <translation>Belum dikirim dari laptop ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes waiting</source>
        <translation>Perubahan menunggu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent up to the change of</source>
        <translation>Terkirim s.d. perubahan per</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>⚠ The sync status cannot be read: {0}</source>
        <translation>⚠ Status sinkronisasi tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min ago</source>
        <translation>{0} mnt lalu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h ago</source>
        <translation>{0} jam lalu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⇅ Hub</source>
        <translation>⇅ Hub</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⇄ Bundle</source>
        <translation>⇄ Paket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (this laptop)</source>
        <translation>{0} (laptop ini)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (the hub)</source>
        <translation>{0} (hub)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>writes here</source>
        <translation>menulis di sini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing received yet</source>
        <translation>belum ada yang diterima</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hub {0}</source>
        <translation>Hub {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundles to {0}</source>
        <translation>Paket ke {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop {0} (to pull)</source>
        <translation>Laptop {0} (untuk ditarik)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elsewhere {0}</source>
        <translation>Tujuan lain {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ none</source>
        <translation>✔ tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sent {0}, took {1}</source>
        <translation>terkirim {0}, diterima {1}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>nothing sent yet</source>
        <translation>belum ada yang dikirim</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing sent yet: no hub round and no bundle export</source>
        <translation>Belum ada yang dikirim: belum ada putaran hub dan belum ada ekspor paket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hub: no round yet (set a hub address in Settings).</source>
        <translation>Hub: belum ada putaran (atur alamat hub di Pengaturan).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing new either way</source>
        <translation>tidak ada yang baru di kedua arah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Hub: last round {0}, {1}.</source>
        <translation>✔ Hub: putaran terakhir {0}, {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Hub: last round {0} failed: {1}</source>
        <translation>⚠ Hub: putaran terakhir {0} gagal: {1}</translation>
    </message>
</context>
<context>
    <name>TableHeaders</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/table_model.py" line="+19"/>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="-133"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+32"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/leads/table_model.py" line="-19"/>
        <source>Booth</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="+6"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="-2"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/leads/table_model.py" line="-4"/>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/leads/table_model.py" line="-4"/>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="-7"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="-2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="+4"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+1"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="-2"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+4"/>
        <source>Checked in</source>
        <translation>Sudah check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+1"/>
        <source>Badge</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="-3"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../booth_app/ui/tasks.py" line="+100"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../booth_app/ui/meetings/toolbar.py" line="-49"/>
        <source>Grid</source>
        <translation>Tabel jadwal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now (floor screen)</source>
        <translation>Sekarang (layar ruangan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print master grid…</source>
        <translation>Cetak jadwal induk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table and slot as a PDF, ready to print</source>
        <translation>Semua meja dan slot dalam PDF, siap dicetak</translation>
    </message>
</context>
<context>
    <name>TopStrip</name>
    <message>
        <location filename="../../booth_app/ui/top_strip.py" line="+42"/>
        <location line="+16"/>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>✔ Saved locally</source>
        <translation>✔ Tersimpan lokal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Every change is written to this laptop&apos;s disk. Click for every laptop&apos;s sync.</source>
        <translation>Setiap perubahan ditulis ke disk laptop ini. Klik untuk melihat sinkronisasi semua laptop.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Signed in: {0} · Coordinator</source>
        <translation>Masuk: {0} · Koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: {0} · Booth {1} ({2})</source>
        <translation>Masuk: {0} · Stan {1} ({2})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event</source>
        <translation>Belum ada acara</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} local time (UTC{1:+d}{2})</source>
        <translation>{0} waktu setempat (UTC{1:+d}{2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station: {0}</source>
        <translation>Pos: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No station set</source>
        <translation>Pos belum diatur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every change is written to this laptop&apos;s disk first; the hub gets them when it can be reached. Click for every laptop&apos;s sync.</source>
        <translation>Setiap perubahan ditulis dulu ke disk laptop ini; hub menerimanya saat dapat dijangkau. Klik untuk melihat sinkronisasi semua laptop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ Database damaged</source>
        <translation>⚠ Database rusak</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <location filename="../../booth_app/ui/visitors/form.py" line="+47"/>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to share details
with exhibitors</source>
        <translation>Bersedia berbagi data
dengan eksibitor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+28"/>
        <location line="+20"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Simpan (Ctrl+S atau Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/language.py" line="+257"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+12"/>
        <source>Hospital / clinic</source>
        <translation>Rumah sakit / klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+1"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+0"/>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+1"/>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+0"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+1"/>
        <source>Exhibitor</source>
        <translation>Eksibitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+0"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/visitors/form.py" line="+12"/>
        <source>Select a visitor</source>
        <translation>Pilih pengunjung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge code: {0}</source>
        <translation>Kode lencana: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New visitor</source>
        <translation>Pengunjung baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A badge code is given on saving.</source>
        <translation>Kode lencana diberikan saat disimpan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+49"/>
        <source>Recorded with the time on saving</source>
        <translation>Dicatat beserta waktunya saat disimpan</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>since {0}</source>
        <translation>sejak {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>⚠ Possible duplicate of: {0}</source>
        <translation>⚠ Kemungkinan duplikat dari: {0}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This visitor no longer exists.</source>
        <translation>Pengunjung ini sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ Tidak tersimpan: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Registered</source>
        <translation>✔ Terdaftar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Saved</source>
        <translation>✔ Tersimpan</translation>
    </message>
</context>
<context>
    <name>VisitorMatches</name>
    <message>
        <location filename="../../booth_app/ui/visitors/matches.py" line="+44"/>
        <source>No visitor matches “{0}”.</source>
        <translation>Tidak ada pengunjung yang cocok dengan “{0}”.</translation>
    </message>
</context>
<context>
    <name>VisitorTableModel</name>
    <message>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+71"/>
        <source>Badge printed</source>
        <translation>Lencana dicetak</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Yes ({0})</source>
        <translation>Ya ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <location filename="../../booth_app/ui/visitors/page.py" line="+54"/>
        <source>Badge preview not available</source>
        <translation>Pratinjau lencana tidak tersedia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visitors</source>
        <translation>Pengunjung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, organisation, e-mail or badge code</source>
        <translation>Cari nama, organisasi, email, atau kode lencana</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>New visitor</source>
        <translation>Pengunjung baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in mode</source>
        <translation>Mode daftar di tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print badge</source>
        <translation>Cetak lencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Print selected</source>
        <translation>Cetak terpilih</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Find duplicates</source>
        <translation>Cari duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase personal data…</source>
        <translation>Hapus data pribadi…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{0} visitors</source>
        <translation>
            <numerusform>{0} pengunjung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this visitor?</source>
        <translation>Simpan perubahan pada pengunjung ini?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Print selected ({0})</source>
        <translation>Cetak terpilih ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(needs a coordinator sign-in)</source>
        <translation>(perlu masuk sebagai koordinator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import visitors</source>
        <translation>Impor pengunjung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and merge duplicates</source>
        <translation>Cari dan gabungkan duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected visitor&apos;s personal data</source>
        <translation>Hapus data pribadi pengunjung terpilih</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing visitors is not available yet.</source>
        <translation>Impor pengunjung belum tersedia.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../booth_app/ui/visitors/walk_in.py" line="+37"/>
        <source>Walk-in registration</source>
        <translation>Pendaftaran di tempat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the name and organisation, press Enter: the visitor is registered and the badge prints. The form clears for the next person.</source>
        <translation>Ketik nama dan organisasi, tekan Enter: pengunjung terdaftar dan lencana dicetak. Formulir dikosongkan untuk orang berikutnya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No badge printed yet.</source>
        <translation>Belum ada lencana yang dicetak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register and print (Enter)</source>
        <translation>Daftarkan dan cetak (Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✖ Not registered: {0}</source>
        <translation>✖ Tidak terdaftar: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registered {0}; sending the badge to the printer…</source>
        <translation>{0} terdaftar; mengirim lencana ke printer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last badge printed: {0}</source>
        <translation>Lencana terakhir dicetak: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered {0}, but the badge was not printed. Print it from the Visitors page (Ctrl+P).</source>
        <translation>{0} terdaftar, tetapi lencana tidak tercetak. Cetak dari halaman Pengunjung (Ctrl+P).</translation>
    </message>
</context>
</TS>

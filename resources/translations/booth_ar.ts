<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessGuard</name>
    <message>
        <location filename="../../booth_app/ui/access/guard.py" line="+162"/>
        <location line="+1"/>
        <source>Coordinator sign-in needed</source>
        <translation>يلزم تسجيل دخول المنسق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator can do this (erasure, import, merging duplicates).</source>
        <translation>لا يمكن القيام بذلك إلا للمنسق (المحو، والاستيراد، ودمج التكرارات).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../booth_app/ui/app.py" line="+70"/>
        <source>Open a Booth database</source>
        <translation>فتح قاعدة بيانات Booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات Booth (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Booth database</source>
        <translation>قاعدة بيانات Booth جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth databases (*.sqlite)</source>
        <translation>قواعد بيانات Booth (*.sqlite)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Booth cannot open the database</source>
        <translation>لا يستطيع Booth فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed in that file. What would you like to do?</source>
        <translation>لم يتغير شيء في ذلك الملف. ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another file…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new database…</source>
        <translation>بدء قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo pavilion</source>
        <translation>فتح الجناح التجريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../booth_app/ui/access/audit_view.py" line="+34"/>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasures</source>
        <translation>عمليات المحو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purges</source>
        <translation>عمليات التطهير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data exports</source>
        <translation>تصدير البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors (all)</source>
        <translation>الزوار (الكل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins and PINs</source>
        <translation>تسجيلات الدخول ورموز PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff name</source>
        <translation>اسم الموظف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time ({0})</source>
        <translation>الوقت ({0})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(nobody signed in)</source>
        <translation>(لم يسجّل أحد الدخول)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} entries (newest first)</source>
        <translation>عدد الإدخالات: {0} (الأحدث أولًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest {0} entries</source>
        <translation>أحدث الإدخالات ({0})</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/backups.py" line="+28"/>
        <source>Back up this laptop&apos;s data</source>
        <translation>نسخ بيانات هذا الجهاز احتياطيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consistent copy of the whole database, safe to take while the booth is scanning. A USB stick is a good place for it. Booth also keeps automatic rolling backups.</source>
        <translation>نسخة متّسقة من قاعدة البيانات بالكامل، يمكن أخذها بأمان أثناء المسح في المنصة. ويُعدّ مفتاح USB مكانًا مناسبًا لحفظها. كما يحتفظ Booth بنسخ احتياطية تلقائية متجددة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now…</source>
        <translation>نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open backups folder</source>
        <translation>فتح مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This laptop uses a database server; back it up there.</source>
        <translation>يستخدم هذا الجهاز خادم قاعدة بيانات؛ أنشئ النسخة الاحتياطية هناك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups hold every booth&apos;s leads: for coordinators.</source>
        <translation>تحتوي النسخ الاحتياطية على العملاء المحتملين لكل المنصات: للمنسقين فقط.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up the database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file: that is the database itself.</source>
        <translation>اختر ملفًا آخر: هذا هو ملف قاعدة البيانات نفسه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {0} ({1} bytes).</source>
        <translation>تم الحفظ في {0} ({1} بايت).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../booth_app/ui/badges/preview.py" line="+55"/>
        <location line="+9"/>
        <source>Select a visitor to see their badge.</source>
        <translation>اختر زائرًا لعرض شارته.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+52"/>
        <source>The badge preview could not be drawn.</source>
        <translation>تعذّر عرض معاينة الشارة.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This visitor no longer exists.</source>
        <translation>هذا الزائر لم يعد موجودًا.</translation>
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
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth hit an unexpected error. Your saved data is safe.
The details were written to the log file.</source>
        <translation>حدث خطأ غير متوقع في Booth. بياناتك المحفوظة في أمان.
كُتبت التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../booth_app/ui/checkin/camera_panel.py" line="+47"/>
        <source>No camera found — keyboard and USB scanners still work.</source>
        <translation>لم يُعثر على كاميرا — لا تزال ماسحات لوحة المفاتيح وUSB تعمل.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Start</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Camera off</source>
        <translation>الكاميرا متوقفة</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Press Start and hold a badge up to the camera.</source>
        <translation>اضغط «تشغيل» وقرّب الشارة من الكاميرا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for a badge…</source>
        <translation>جارٍ البحث عن شارة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge read at {0}.</source>
        <translation>تمت قراءة الشارة في {0}.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../booth_app/ui/checkin/camera.py" line="+46"/>
        <source>The QR code reader (zxing-cpp) is not installed.</source>
        <translation>قارئ رموز QR ‏(zxing-cpp) غير مثبّت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera support (Qt Multimedia) cannot be loaded: {0}</source>
        <translation>تعذّر تحميل دعم الكاميرا (Qt Multimedia): {0}</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+9"/>
        <source>Booth may not use the camera. Allow it in the system&apos;s privacy settings, then press Start.</source>
        <translation>لا يملك Booth إذنًا باستخدام الكاميرا. اسمح بذلك من إعدادات الخصوصية في النظام، ثم اضغط «تشغيل».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No camera found — keyboard and USB scanners still work.</source>
        <translation>لم يُعثر على كاميرا — لا تزال ماسحات لوحة المفاتيح وUSB تعمل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That camera is not connected any more.</source>
        <translation>هذه الكاميرا لم تعد متصلة.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The camera stopped: {0}</source>
        <translation>توقفت الكاميرا: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The camera was unplugged. Plug it in again and press Start.</source>
        <translation>تم فصل الكاميرا. أعد توصيلها ثم اضغط «تشغيل».</translation>
    </message>
</context>
<context>
    <name>CaptureArea</name>
    <message>
        <location filename="../../booth_app/ui/leads/capture_area.py" line="+61"/>
        <source>Scan a badge, or type a visitor&apos;s name</source>
        <translation>امسح شارة، أو اكتب اسم زائر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch staff</source>
        <translation>تبديل الموظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another member of this booth signs in</source>
        <translation>تسجيل دخول موظف آخر من هذه المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock (Ctrl+L)</source>
        <translation>قفل (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a manufacturer above the list to capture leads for it.</source>
        <translation>اختر شركة مصنّعة فوق القائمة لتسجيل العملاء المحتملين لها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: scan a badge</source>
        <translation>جاهز: امسح شارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a visitor&apos;s name, pick with the arrow keys and Enter.</source>
        <translation>أو اكتب اسم زائر، ثم اختر بمفاتيح الأسهم واضغط Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hot</source>
        <translation>ساخن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warm</source>
        <translation>دافئ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold</source>
        <translation>بارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>غير مقيّم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 product</source>
        <translation>منتج واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} products</source>
        <translation>المنتجات: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Saved: {0}</source>
        <translation>✔ تم الحفظ: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for the next badge</source>
        <translation>جاهز للشارة التالية</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../booth_app/ui/meetings/card_delegate.py" line="+142"/>
        <source>⚠ {0} meetings here</source>
        <translation>⚠ اجتماعات هنا: {0}</translation>
    </message>
</context>
<context>
    <name>CategoryBand</name>
    <message>
        <location filename="../../booth_app/ui/checkin/scan_words.py" line="+39"/>
        <source>VISITOR</source>
        <translation>زائر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BUYER</source>
        <translation>مشترٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEDIA</source>
        <translation>إعلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXHIBITOR</source>
        <translation>عارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>كبار الشخصيات</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../booth_app/ui/checkin/page.py" line="+62"/>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scan a badge, or type a name, company, email or code</source>
        <translation>امسح شارة، أو اكتب اسمًا أو شركة أو بريدًا إلكترونيًا أو رمزًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan badges with the laptop&apos;s camera</source>
        <translation>مسح الشارات بكاميرا الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+259"/>
        <source>Full screen (F11)</source>
        <translation>ملء الشاشة (F11)</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>NO CHECK-IN POINT</source>
        <translation>لا توجد نقطة تسجيل حضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a check-in point first.</source>
        <translation>أضف نقطة تسجيل حضور أولًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NOT CHECKED IN</source>
        <translation>لم يُسجَّل الحضور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOT SAVED</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The scan was not saved: {0}</source>
        <translation>لم يُحفظ المسح: {0}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Register and print badge</source>
        <translation>تسجيل وطباعة الشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organiser&apos;s badge: register this visitor from it.</source>
        <translation>شارة صادرة من المنظِّم: سجّل هذا الزائر منها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register walk-in and print badge</source>
        <translation>تسجيل زائر في الموقع وطباعة الشارة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NO RE-ENTRY</source>
        <translation>إعادة الدخول غير مسموحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALREADY IN since {0} at {1}</source>
        <translation>موجود بالداخل منذ {0} عند {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALREADY CHECKED IN</source>
        <translation>تم تسجيل الحضور مسبقًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REVOKED - current badge #{0}</source>
        <translation>ملغاة - الشارة الحالية رقم {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No visitor matches “{0}”.</source>
        <translation>لا يوجد زائر يطابق «{0}».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Filled from the organiser&apos;s badge. Check the details, then register: the badge prints and the visitor is checked in.</source>
        <translation>تمت تعبئة البيانات من شارة المنظِّم. تحقق من التفاصيل ثم سجّل: تُطبع الشارة ويُسجَّل حضور الزائر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the visitor: the badge prints and the visitor is checked in.</source>
        <translation>سجّل الزائر: تُطبع الشارة ويُسجَّل حضوره.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The camera cannot be used on this laptop ({0}). Keyboard and USB scanners still work.</source>
        <translation>لا يمكن استخدام الكاميرا على هذا الجهاز ({0}). لا تزال ماسحات لوحة المفاتيح وUSB تعمل.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave full screen (F11)</source>
        <translation>الخروج من ملء الشاشة (F11)</translation>
    </message>
</context>
<context>
    <name>CheckinStatus</name>
    <message>
        <location filename="../../booth_app/ui/widgets.py" line="+65"/>
        <source>ADMITTED</source>
        <translation>مسموح بالدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RE-ENTRY</source>
        <translation>إعادة الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALREADY IN</source>
        <translation>في الداخل بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN BADGE</source>
        <translation>شارة غير معروفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID CODE</source>
        <translation>رمز غير صالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REVOKED</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXIT</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../booth_app/ui/core_words.py" line="+17"/>
        <source>No visitor with id or code {ref!r}.</source>
        <translation>لا يوجد زائر بالمعرّف أو الرمز {ref!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visitor with id {visitor_id!r}.</source>
        <translation>لا يوجد زائر بالمعرّف {visitor_id!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-in point named {name!r} (there are: {names}).</source>
        <translation>لا توجد نقطة تسجيل حضور باسم {name!r} (الموجودة: {names}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event has no check-in point.</source>
        <translation>لا توجد لهذه الفعالية نقطة تسجيل حضور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown country: {text!r} (use an ISO code such as AE or ID)</source>
        <translation>دولة غير معروفة: {text!r} (استخدم رمز ISO مثل AE أو ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--visitors must be between 0 and {max_visitors:,}.</source>
        <translation>يجب أن تكون قيمة ‎--visitors بين 0 و{max_visitors:,}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds an event; give the demo its own file with --db.</source>
        <translation>قاعدة البيانات هذه تضم فعالية بالفعل؛ خصّص للعرض التجريبي ملفًا خاصًا به عبر ‎--db.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no event yet: run `booth init` or `booth demo` first.</source>
        <translation>لا توجد فعالية في قاعدة البيانات هذه بعد: شغّل `booth init` أو `booth demo` أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency must be a three-letter code such as USD, not {code!r}</source>
        <translation>يجب أن تكون العملة رمزًا من ثلاثة أحرف مثل USD، لا {code!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event needs a name.</source>
        <translation>الفعالية تحتاج إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event cannot end before it starts.</source>
        <translation>لا يمكن أن تنتهي الفعالية قبل أن تبدأ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds an event; use another database file.</source>
        <translation>قاعدة البيانات هذه تضم فعالية بالفعل؛ استخدم ملف قاعدة بيانات آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The retention date {day} is before the event ends ({end_date}): personal data is kept at least until then.</source>
        <translation>تاريخ الاحتفاظ {day} يسبق نهاية الفعالية ({end_date}): تُحفظ البيانات الشخصية حتى ذلك الحين على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge language must be en, id or ar.</source>
        <translation>يجب أن تكون لغة الشارة en أو id أو ar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a date like 2027-01-27, not {text!r}</source>
        <translation>يجب أن يكون {what} تاريخًا مثل 2027-01-27، لا {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown time zone {name!r} (use a name such as Asia/Dubai)</source>
        <translation>منطقة زمنية غير معروفة {name!r} (استخدم اسمًا مثل Asia/Dubai)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibitor code {code!r} must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos; (e.g. MEDIKA).</source>
        <translation>يجب أن يتكون رمز العارض {code!r} من 1 إلى 32 حرفًا أو رقمًا أو &apos;-&apos; أو &apos;_&apos; (مثل MEDIKA).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exhibitor with code {code!r}.</source>
        <translation>لا يوجد عارض بالرمز {code!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a manufacturer field: {unknown}.</source>
        <translation>ليس حقلًا من حقول الشركة المصنّعة: {unknown}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exhibitor needs a name.</source>
        <translation>العارض يحتاج إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exhibitor with code {code} already exists.</source>
        <translation>يوجد عارض بالرمز {code} بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This manufacturer was deleted.</source>
        <translation>تم حذف هذه الشركة المصنّعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has {leads} leads, so it cannot be deleted (its leads would lose their manufacturer).</source>
        <translation>لدى {name} عدد {leads} من العملاء المحتملين، لذا لا يمكن حذفها (سيفقد عملاؤها المحتملون شركتهم المصنّعة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product needs a name.</source>
        <translation>المنتج يحتاج إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column for the company name was found.</source>
        <translation>{name}: لم يُعثر على عمود لاسم الشركة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no company name</source>
        <translation>لا يوجد اسم شركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no product name</source>
        <translation>لا يوجد اسم منتج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is longer than {limit:,} characters.</source>
        <translation>يتجاوز {field} حد {limit:,} حرف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address: {text!r}</source>
        <translation>ليس عنوان بريد إلكتروني: {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number: {text!r} (digits, spaces and + - ( ) only)</source>
        <translation>ليس رقم هاتف: {text!r} (أرقام ومسافات و+ - ( ) فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is already used by {what}.</source>
        <translation>الرمز {code} مستخدم بالفعل لدى {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has 1 lead, so it cannot be deleted (its leads would lose their manufacturer).</source>
        <translation>لدى {name} عميل محتمل واحد، لذا لا يمكن حذفها (سيفقد عملاؤها المحتملون شركتهم المصنّعة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a website address: {text!r} (e.g. www.example.co.id)</source>
        <translation>ليس عنوان موقع إلكتروني: {text!r} (مثل www.example.co.id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a check-in point setting: {unknown}.</source>
        <translation>ليس إعدادًا لنقطة تسجيل الحضور: {unknown}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check-in point was deleted.</source>
        <translation>تم حذف نقطة تسجيل الحضور هذه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event needs at least one check-in point; add another first.</source>
        <translation>تحتاج الفعالية إلى نقطة تسجيل حضور واحدة على الأقل؛ أضف نقطة أخرى أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in point needs a name.</source>
        <translation>نقطة تسجيل الحضور تحتاج إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in point&apos;s name is at most 120 characters.</source>
        <translation>اسم نقطة تسجيل الحضور 120 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in point&apos;s kind is one of {point_kinds}, not {kind!r}.</source>
        <translation>نوع نقطة تسجيل الحضور أحد: {point_kinds}، لا {kind!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat scans are ignored for 0 to {max_dedupe_seconds} seconds, not {seconds!r}.</source>
        <translation>يُتجاهل المسح المتكرر لمدة من 0 إلى {max_dedupe_seconds} ثانية، لا {seconds!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a check-in point named {name!r}.</source>
        <translation>توجد نقطة تسجيل حضور باسم {name!r} بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer code or company name</source>
        <translation>لا يوجد رمز للشركة المصنّعة ولا اسم للشركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product name is at most 200 characters.</source>
        <translation>اسم المنتج 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product category is at most 64 characters.</source>
        <translation>فئة المنتج 64 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This product was deleted.</source>
        <translation>تم حذف هذا المنتج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column for the product name (Product / Produk) was found.</source>
        <translation>{name}: لم يُعثر على عمود لاسم المنتج (Product / Produk).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column for the manufacturer (Code / Kode or Company / Perusahaan) was found.</source>
        <translation>{name}: لم يُعثر على عمود للشركة المصنّعة (Code / Kode أو Company / Perusahaan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name!r} is already in this catalogue.</source>
        <translation>{name!r} موجود بالفعل في هذا الكتالوج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer with code {code!r}</source>
        <translation>لا توجد شركة مصنّعة بالرمز {code!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer named {company!r}</source>
        <translation>لا توجد شركة مصنّعة باسم {company!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product name is longer than 200 characters</source>
        <translation>اسم المنتج أطول من 200 حرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question needs its text.</source>
        <translation>السؤال يحتاج إلى نص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question is at most 300 characters.</source>
        <translation>السؤال 300 حرف على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question&apos;s kind is one of {question_kinds}, not {kind!r}.</source>
        <translation>نوع السؤال أحد: {question_kinds}، لا {kind!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A choice question needs at least two options.</source>
        <translation>سؤال الاختيار يحتاج إلى خيارين على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question has at most {max_options} options.</source>
        <translation>للسؤال {max_options} خيارات على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question was deleted.</source>
        <translation>تم حذف هذا السؤال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question&apos;s manufacturer is gone.</source>
        <translation>لم تعد الشركة المصنّعة لهذا السؤال موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {kind} question has no options (the answer is typed).</source>
        <translation>سؤال من نوع {kind} ليس له خيارات (تُكتب الإجابة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An option is at most {max_option_length} characters.</source>
        <translation>الخيار {max_option_length} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The option {option!r} is listed twice.</source>
        <translation>الخيار {option!r} مذكور مرتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>رمز PIN من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A staff member needs a name.</source>
        <translation>الموظف يحتاج إلى اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role must be one of {roles}.</source>
        <translation>يجب أن يكون الدور أحد: {roles}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth staff belong to an exhibitor: give --exhibitor CODE.</source>
        <translation>موظفو المنصة يتبعون عارضًا: أضف ‎--exhibitor CODE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A staff member&apos;s name is at most 200 characters.</source>
        <translation>اسم الموظف 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth staff belong to a manufacturer; this is the pavilion&apos;s coordinator account.</source>
        <translation>موظفو المنصة يتبعون شركة مصنّعة؛ هذا حساب منسق الجناح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs. Try again in {wait}.</source>
        <translation>محاولات كثيرة برمز PIN خاطئ. حاول مجددًا بعد {wait}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such staff member.</source>
        <translation>الموظف غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} can no longer sign in here (deactivated).</source>
        <translation>لم يعد بإمكان {name} تسجيل الدخول هنا (تم إيقافه).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your PIN.</source>
        <translation>أدخل رمز PIN الخاص بك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event has a coordinator already: they sign in and add others in Exhibitors.</source>
        <translation>لهذه الفعالية منسق بالفعل: يسجّل الدخول ويضيف الآخرين في صفحة العارضين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. Wait {wait} before trying again.</source>
        <translation>رمز PIN خاطئ. انتظر {wait} قبل المحاولة مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator can reset another member&apos;s PIN.</source>
        <translation>المنسق وحده يمكنه إعادة تعيين رمز PIN لموظف آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. One more try before a wait.</source>
        <translation>رمز PIN خاطئ. بقيت محاولة واحدة قبل الانتظار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. {attempts_left} more tries before a wait.</source>
        <translation>رمز PIN خاطئ. بقيت {attempts_left} محاولات قبل الانتظار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {target}: {reason} (nothing was written).</source>
        <translation>تعذّرت الكتابة في {target}: {reason} (لم يُكتب شيء).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists: choose another name (nothing was written).</source>
        <translation>{path} موجود بالفعل: اختر اسمًا آخر (لم يُكتب شيء).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads export as csv, xlsx or vcf, not {fmt!r}.</source>
        <translation>يُصدَّر العملاء المحتملون بصيغة csv أو xlsx أو vcf، لا {fmt!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ZIP&apos;s password is empty: give one, or export without.</source>
        <translation>كلمة مرور ملف ZIP فارغة: أدخل كلمة مرور، أو صدّر من دونها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a folder: give a file name to export to.</source>
        <translation>{target} مجلد: أدخل اسم ملف للتصدير إليه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {parent} does not exist.</source>
        <translation>المجلد {parent} غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exhibitor {code} is not in this event any more.</source>
        <translation>العارض {code} لم يعد ضمن هذه الفعالية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was scanned.</source>
        <translation>لم يُمسح شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a badge: no visitor could be read from this scan.</source>
        <translation>ليست شارة: تعذّرت قراءة أي زائر من هذا المسح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vCard was cut short: scan it again, or type the visitor in.</source>
        <translation>بطاقة vCard هذه مقطوعة: امسحها مجددًا، أو اكتب بيانات الزائر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {what} carries no name: type the visitor in.</source>
        <translation>{what} هذه لا تحمل اسمًا: اكتب بيانات الزائر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This staff member can no longer work here: sign in again.</source>
        <translation>لم يعد بإمكان هذا الموظف العمل هنا: سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lead belongs to another manufacturer.</source>
        <translation>هذا العميل المحتمل يخص شركة مصنّعة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exhibitor {code} was removed.</source>
        <translation>تمت إزالة العارض {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visitor was removed.</source>
        <translation>تمت إزالة هذا الزائر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lead was deleted.</source>
        <translation>تم حذف هذا العميل المحتمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such lead.</source>
        <translation>العميل المحتمل غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge&apos;s code was altered or made up: not a badge of this event.</source>
        <translation>رمز هذه الشارة معدَّل أو مختلَق: ليست شارة لهذه الفعالية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person&apos;s data was erased at their request: the badge no longer admits anyone. Register them again if they wish.</source>
        <translation>مُحيت بيانات هذا الشخص بناءً على طلبه: لم تعد الشارة تسمح بدخول أحد. سجّله من جديد إن رغب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A genuine badge, but this visitor is not on this laptop yet: sync, or type the visitor in.</source>
        <translation>شارة صحيحة، لكن هذا الزائر ليس على هذا الجهاز بعد: قم بالمزامنة، أو اكتب بيانات الزائر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visitor has the code {code}.</source>
        <translation>لا يوجد زائر بالرمز {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say yes or no, not {value!r}.</source>
        <translation>أجب بنعم أو لا، لا {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating is hot, warm or cold, not {value!r}.</source>
        <translation>التقييم ساخن أو دافئ أو بارد، لا {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown stage {value!r}; use one of: {names}.</source>
        <translation>مرحلة غير معروفة {value!r}؛ استخدم إحدى: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown currency {value!r}: use an ISO 4217 code such as IDR, USD, EUR, AED, SGD or SAR.</source>
        <translation>عملة غير معروفة {value!r}: استخدم رمز ISO 4217 مثل IDR أو USD أو EUR أو AED أو SGD أو SAR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount: {value!r}.</source>
        <translation>ليس مبلغًا: {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is zero or more, not {value!r}.</source>
        <translation>القيمة صفر أو أكثر، لا {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is too large for a deal value.</source>
        <translation>{value!r} كبيرة جدًا لقيمة صفقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a question of this manufacturer: {unknown!r}.</source>
        <translation>ليس سؤالًا من أسئلة هذه الشركة المصنّعة: {unknown!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value has at most two decimals, not {value!r}.</source>
        <translation>للقيمة منزلتان عشريتان على الأكثر، لا {value!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an amount: {value!r} (e.g. 15000, 15,000.50 or 15.000,50; at most two decimals).</source>
        <translation>ليس مبلغًا: {value!r} (مثل 15000 أو 15,000.50 أو 15.000,50؛ منزلتان عشريتان على الأكثر).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This manufacturer has no product {item!r} (its products: {known}).</source>
        <translation>ليس لدى هذه الشركة المصنّعة منتج {item!r} (منتجاتها: {known}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}: {value!r} is not a number.</source>
        <translation>{text}: {value!r} ليس رقمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deal value needs its currency (e.g. USD, EUR, IDR).</source>
        <translation>قيمة الصفقة تحتاج إلى عملتها (مثل USD أو EUR أو IDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please answer: {text}</source>
        <translation>يرجى الإجابة: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}: {item!r} is not one of {options}.</source>
        <translation>{text}: {item!r} ليس من بين {options}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads can be sorted by {sorts}, not {sort!r}.</source>
        <translation>يمكن ترتيب العملاء المحتملين حسب {sorts}، لا {sort!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a folder; give a file name such as agendas.pdf.</source>
        <translation>{target} مجلد؛ أدخل اسم ملف مثل agendas.pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one participant&apos;s agenda at a time: a buyer or a manufacturer.</source>
        <translation>اطبع جدول مشارك واحد في كل مرة: مشترٍ أو شركة مصنّعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {target}: {reason}</source>
        <translation>تعذّرت الكتابة في {target}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings are scheduled yet: nothing to print (run `booth meetings schedule`).</source>
        <translation>لا توجد اجتماعات مجدولة بعد: لا شيء للطباعة (شغّل `booth meetings schedule`).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name either a buyer or a manufacturer.</source>
        <translation>حدّد مشتريًا أو شركة مصنّعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to must come after --from.</source>
        <translation>يجب أن يأتي ‎--to بعد ‎--from.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table {table} is taken at {time} on {day}: nothing was added.</source>
        <translation>الطاولة {table} محجوزة في {time} يوم {day}: لم يُضَف شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time is not the start of a meeting slot (see `meetings sessions list`).</source>
        <translation>هذا الوقت ليس بداية فترة اجتماع (انظر `meetings sessions list`).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting {meeting_id!r}.</source>
        <translation>لا يوجد اجتماع {meeting_id!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{buyer} already meets someone at {time} on {day}: nothing was added.</source>
        <translation>لدى {buyer} اجتماع في {time} يوم {day}: لم يُضَف شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manufacturer already has a meeting at {time} on {day}: nothing was added.</source>
        <translation>لدى الشركة المصنّعة اجتماع في {time} يوم {day}: لم يُضَف شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table {table} is taken at {time} on {day}: nothing was moved.</source>
        <translation>الطاولة {table} محجوزة في {time} يوم {day}: لم يُنقَل شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cancelled meeting cannot be locked.</source>
        <translation>لا يمكن قفل اجتماع ملغى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cancelled meeting cannot be moved.</source>
        <translation>لا يمكن نقل اجتماع ملغى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{buyer} already meets someone at {time} on {day}: nothing was moved.</source>
        <translation>لدى {buyer} اجتماع في {time} يوم {day}: لم يُنقَل شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manufacturer already has a meeting at {time} on {day}: nothing was moved.</source>
        <translation>لدى الشركة المصنّعة اجتماع في {time} يوم {day}: لم يُنقَل شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result is one of {results}, not {result!r}.</source>
        <translation>النتيجة إحدى: {results}، لا {result!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value needs its currency (--currency USD).</source>
        <translation>القيمة تحتاج إلى عملتها (‎--currency USD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority must be must, want or no, not {text!r}.</source>
        <translation>يجب أن تكون الأولوية must أو want أو no، لا {text!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request is made by the buyer, the exhibitor or the organiser, not {text!r}.</source>
        <translation>يقدّم الطلبَ المشتري أو العارض أو المنظِّم، لا {text!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the table a name, such as T12 or its booth number.</source>
        <translation>سمِّ الطاولة، مثل T12 أو رقم المنصة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer not found (by e-mail, registration id, code, or name and organisation)</source>
        <translation>لم يُعثر على المشتري (بالبريد الإلكتروني أو رقم التسجيل أو الرمز أو الاسم والجهة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer</source>
        <translation>لا توجد شركة مصنّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown manufacturer {text!r}</source>
        <translation>شركة مصنّعة غير معروفة {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column for the manufacturer was found.</source>
        <translation>{name}: لم يُعثر على عمود للشركة المصنّعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column names the buyer (e-mail, registration id, code or name).</source>
        <translation>{name}: لا يوجد عمود يحدّد المشتري (البريد الإلكتروني أو رقم التسجيل أو الرمز أو الاسم).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than one visitor matches the buyer</source>
        <translation>أكثر من زائر يطابق المشتري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than one visitor is called {name!r} at that organisation</source>
        <translation>أكثر من زائر باسم {name!r} في تلك الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} cannot be negative.</source>
        <translation>لا يمكن أن يكون {what} سالبًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no meeting sessions yet: add one with `booth meetings sessions add`.</source>
        <translation>لا توجد جلسات اجتماعات بعد: أضف واحدة عبر `booth meetings sessions add`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} is outside the event ({start_date} to {end_date}).</source>
        <translation>{when} خارج مدة الفعالية ({start_date} إلى {end_date}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session must end after it starts.</source>
        <translation>يجب أن تنتهي الجلسة بعد أن تبدأ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots are {min_slot} to {max_slot} minutes long, not {slot_minutes}.</source>
        <translation>مدة الفترات من {min_slot} إلى {max_slot} دقيقة، لا {slot_minutes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gap between slots is 0 to {max_gap} minutes, not {gap_minutes}.</source>
        <translation>الفاصل بين الفترات من 0 إلى {max_gap} دقيقة، لا {gap_minutes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one slot fits between the start and the end.</source>
        <translation>لا تتسع أي فترة بين البداية والنهاية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It overlaps the session {start}-{end} on {day}.</source>
        <translation>تتداخل مع الجلسة {start}-{end} يوم {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It overlaps the session {name} {start}-{end} on {day}.</source>
        <translation>تتداخل مع الجلسة {name} {start}-{end} يوم {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be like &quot;2027-01-27 10:40&quot;, not {text!r}</source>
        <translation>يجب أن يكون {what} مثل &quot;2027-01-27 10:40&quot;، لا {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} must be a time like 09:00, not {text!r}</source>
        <translation>يجب أن يكون {what} وقتًا مثل 09:00، لا {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default printer is set: name one with --printer (printers here: {known}).</source>
        <translation>لم تُحدَّد طابعة افتراضية: سمِّ واحدة عبر ‎--printer (الطابعات هنا: {known}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing from the command line needs CUPS, which Windows does not have. Print from the Booth window instead: it uses the Windows print spooler.</source>
        <translation>الطباعة من سطر الأوامر تحتاج إلى CUPS، وهو غير متوفر في Windows. اطبع من نافذة Booth بدلًا من ذلك: فهي تستخدم مخزن الطباعة في Windows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The print system is not available: CUPS&apos;s `{tool}` command was not found. Install CUPS (Debian/Ubuntu: apt-get install cups) or print from the window.</source>
        <translation>نظام الطباعة غير متاح: لم يُعثر على الأمر `{tool}` من CUPS. ثبّت CUPS (في Debian/Ubuntu: apt-get install cups) أو اطبع من النافذة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not list printers: {message}</source>
        <translation>تعذّر عرض الطابعات: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer is set up on this computer. Add the badge printer in the system&apos;s printer settings (CUPS), then try again.</source>
        <translation>لا توجد طابعة معدّة على هذا الجهاز. أضف طابعة الشارات من إعدادات الطابعات في النظام (CUPS)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no printer named {printer!r}. Printers here: {known}.</source>
        <translation>لا توجد طابعة باسم {printer!r}. الطابعات هنا: {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to print: {pdf} does not exist.</source>
        <translation>لا شيء للطباعة: {pdf} غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of copies must be at least 1.</source>
        <translation>يجب أن يكون عدد النسخ 1 على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer {queue} refused the job: {done}</source>
        <translation>رفضت الطابعة {queue} مهمة الطباعة: {done}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer {queue} gave no job id: {done}</source>
        <translation>لم تُعطِ الطابعة {queue} رقمًا لمهمة الطباعة: {done}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The print system did not answer within {timeout} s (`{tool}`); is the CUPS scheduler running?</source>
        <translation>لم يستجب نظام الطباعة خلال {timeout} ثانية (`{tool}`)؛ هل مجدول CUPS قيد التشغيل؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not run `{tool}`: {reason}</source>
        <translation>تعذّر تشغيل `{tool}`: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a folder; give a file name such as report.pdf.</source>
        <translation>{target} مجلد؛ أدخل اسم ملف مثل report.pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} already exists; choose another name or remove it first.</source>
        <translation>{target} موجود بالفعل؛ اختر اسمًا آخر أو احذفه أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report is written in en or id, not {lang!r}.</source>
        <translation>يُكتب التقرير بلغة en أو id، لا {lang!r}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {value!r} is not an ISO 4217 currency code such as IDR, USD, EUR or AED.</source>
        <translation>{what}: {value!r} ليس رمز عملة ISO 4217 مثل IDR أو USD أو EUR أو AED.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {text!r}: write CUR=RATE, e.g. USD=16250 (1 USD = 16250 units of the reporting currency).</source>
        <translation>‎--rate {text!r}: اكتب CUR=RATE، مثل USD=16250 (‏1 USD = 16250 وحدة من عملة التقرير).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {text!r}: write the rate without thousands separators and with a point for decimals, e.g. USD=16250 or IDR=0.0000615.</source>
        <translation>‎--rate {text!r}: اكتب السعر دون فواصل الآلاف ومع نقطة للكسور العشرية، مثل USD=16250 أو IDR=0.0000615.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {text!r}: a rate must be a number above 0.</source>
        <translation>‎--rate {text!r}: يجب أن يكون السعر رقمًا أكبر من 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {text!r}: {number!r} is not a number.</source>
        <translation>‎--rate {text!r}: {number!r} ليس رقمًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {code} is given twice ({rates} and {rate}).</source>
        <translation>‎--rate {code} مذكور مرتين ({rates} و{rate}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--rate {item!r}: {code} is the reporting currency (1 {code} = 1 {code}).</source>
        <translation>‎--rate {item!r}: {code} هي عملة التقرير (1 {code} = 1 {code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is empty.</source>
        <translation>عبارة المرور فارغة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Booth bundle (or its beginning is damaged).</source>
        <translation>{path} ليس حزمة Booth (أو أن بدايته تالفة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is cut short or damaged: copy it again.</source>
        <translation>{path} مقطوع أو تالف: انسخه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle belongs to another event, not to {event}. Nothing was changed.</source>
        <translation>هذه الحزمة تخص فعالية أخرى، وليس {event}. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop has not joined an event: import the setup bundle first (booth setup import FILE).</source>
        <translation>لم ينضم هذا الجهاز إلى فعالية بعد: استورد حزمة الإعداد أولاً (booth setup import FILE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a setup bundle: import it with `booth setup import`.</source>
        <translation>هذه حزمة إعداد: استوردها باستخدام `booth setup import`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A setup bundle carries the badge keys: give a passphrase with --passphrase-file or BOOTH_PASSPHRASE.</source>
        <translation>تحمل حزمة الإعداد مفاتيح الشارات: أدخل عبارة مرور باستخدام --passphrase-file أو BOOTH_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a change bundle: import it with `booth sync import`.</source>
        <translation>هذه حزمة تغييرات: استوردها باستخدام `booth sync import`.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase is needed for this bundle.</source>
        <translation>تحتاج هذه الحزمة إلى عبارة مرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file: {path}</source>
        <translation>لا يوجد ملف: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged or from a newer Booth version.</source>
        <translation>{path} تالف أو من إصدار أحدث من Booth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle cannot be opened: the passphrase is wrong, or the file was altered or cut short (copy it again). Nothing was changed.</source>
        <translation>تعذّر فتح الحزمة: عبارة المرور خاطئة، أو أن الملف عُدِّل أو قُطع (انسخه مرة أخرى). لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged: copy it again.</source>
        <translation>{path} تالف: انسخه مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be read by this version of Booth ({reason}).</source>
        <translation>لا يستطيع هذا الإصدار من Booth قراءة {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle refers to rows this laptop has not received yet (a bundle from earlier is missing): import the earlier bundles first, or ask for one made with --full. Nothing was changed. ({detail})</source>
        <translation>تشير هذه الحزمة إلى سجلات لم يستلمها هذا الجهاز بعد (حزمة سابقة مفقودة): استورد الحزم السابقة أولاً، أو اطلب حزمة مُعدّة باستخدام --full. لم يتغير شيء. ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no event yet: nothing to send.</source>
        <translation>لا تحتوي قاعدة البيانات هذه على فعالية بعد: لا يوجد ما يُرسل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no event yet: run `booth init` first.</source>
        <translation>لا تحتوي قاعدة البيانات هذه على فعالية بعد: شغّل `booth init` أولاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle is protected by a passphrase: give it with --passphrase-file or BOOTH_PASSPHRASE.</source>
        <translation>هذه الحزمة محمية بعبارة مرور: أدخلها باستخدام --passphrase-file أو BOOTH_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle can only be read by a laptop that joined its event: import the setup bundle first.</source>
        <translation>لا يقرأ هذه الحزمة إلا جهاز انضم إلى فعاليتها: استورد حزمة الإعداد أولاً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub refused these rows ({detail}). Nothing was changed.</source>
        <translation>رفض الخادم المركزي هذه السجلات ({detail}). لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub went away during the sync: {reason}. Nothing was half-done; the next round sends it again.</source>
        <translation>انقطع الاتصال بالخادم المركزي أثناء المزامنة: {reason}. لم يُنفَّذ شيء بشكل جزئي؛ ستُرسل الجولة التالية ذلك مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hub holds another event ({there}), not {here}. Nothing was changed.</source>
        <translation>يحتوي هذا الخادم المركزي على فعالية أخرى ({there})، وليس {here}. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub is not reachable: {reason}</source>
        <translation>تعذّر الوصول إلى الخادم المركزي: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is too large to import.</source>
        <translation>{name} أكبر من أن يُستورد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty.</source>
        <translation>{name} فارغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable XLSX workbook.</source>
        <translation>{name} ليس مصنف XLSX قابلًا للقراءة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a text file.</source>
        <translation>{name} ليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no header row.</source>
        <translation>{name} بلا صف عناوين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: cannot decode the text ({reason}).</source>
        <translation>{name}: تعذّرت قراءة النص ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable XLSX workbook ({reason}).</source>
        <translation>{name} ليس مصنف XLSX قابلًا للقراءة ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not a valid CSV file ({reason}).</source>
        <translation>{name}: ليس ملف CSV صالحًا ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column for the visitor&apos;s name was found (expected a header such as Name, Full Name, Nama, Nama Lengkap, or First Name and Last Name).</source>
        <translation>لم يُعثر على عمود لاسم الزائر (المتوقع عنوان مثل Name أو Full Name أو Nama أو Nama Lengkap، أو First Name وLast Name).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown import field(s): {unknown}</source>
        <translation>حقول استيراد غير معروفة: {unknown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the {role}: a visitor id, short code or e-mail.</source>
        <translation>حدّد {role}: معرّف الزائر أو رمزه القصير أو بريده الإلكتروني.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visitor {ref!r}: give a visitor id, short code or e-mail.</source>
        <translation>لا يوجد زائر {ref!r}: أدخل معرّف الزائر أو رمزه القصير أو بريده الإلكتروني.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} visitors have the e-mail {ref}: use a code.</source>
        <translation>لدى {count} زوار البريد الإلكتروني {ref}: استخدم الرمز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visitor was removed or merged into another; it cannot be edited.</source>
        <translation>تمت إزالة هذا الزائر أو دمجه في آخر؛ لا يمكن تعديله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one other visitor to merge.</source>
        <translation>اختر زائرًا آخر واحدًا على الأقل للدمج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was removed or already merged; keep another visitor.</source>
        <translation>تمت إزالة {name} أو دمجه بالفعل؛ احتفظ بزائر آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visitor cannot be merged with itself.</source>
        <translation>لا يمكن دمج زائر مع نفسه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was removed or already merged.</source>
        <translation>تمت إزالة {name} أو دمجه بالفعل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the date (--before YYYY-MM-DD), or set the event&apos;s retention date first.</source>
        <translation>أدخل التاريخ (‎--before YYYY-MM-DD)، أو حدّد تاريخ الاحتفاظ للفعالية أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} has not come yet: a purge before it would erase people still being seen. Nothing was changed.</source>
        <translation>لم يحن {day} بعد: التطهير قبله سيمحو أشخاصًا ما زالوا يُستقبَلون. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{erased} people were erased, but the old backup {path} could not be deleted ({reason}): delete it by hand.</source>
        <translation>مُحيت بيانات {erased} شخصًا، لكن تعذّر حذف النسخة الاحتياطية القديمة {path} ({reason}): احذفها يدويًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown category {value!r}; use one of: {categories}</source>
        <translation>فئة غير معروفة {value!r}؛ استخدم إحدى: {categories}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address: {email!r}</source>
        <translation>ليس عنوان بريد إلكتروني: {email!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visitor needs a name.</source>
        <translation>الزائر يحتاج إلى اسم.</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../booth_app/ui/visitors/form.py" line="+72"/>
        <source>Type to find a country</source>
        <translation>اكتب للبحث عن دولة</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../booth_app/ui/dashboard/page.py" line="+35"/>
        <source>Hospital</source>
        <translation>مستشفى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gov&apos;t</source>
        <translation>حكومي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distrib.</source>
        <translation>موزّعون</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins today</source>
        <translation>تسجيلات الحضور اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique visitors today</source>
        <translation>الزوار الفريدون اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique visitors, whole show</source>
        <translation>الزوار الفريدون، طوال المعرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered visitors</source>
        <translation>الزوار المسجّلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Hot leads</source>
        <translation>العملاء المحتملون الساخنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business meetings</source>
        <translation>اجتماعات العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoUs signed</source>
        <translation>مذكرات التفاهم الموقّعة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Potential transaction value</source>
        <translation>قيمة الصفقات المحتملة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manufacturer</source>
        <translation>الشركة المصنّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in point</source>
        <translation>نقطة تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+21"/>
        <location line="+84"/>
        <source>Leads per manufacturer</source>
        <translation>العملاء المحتملون لكل شركة مصنّعة</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Check-ins per point today</source>
        <translation>تسجيلات الحضور لكل نقطة اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Check-ins per hour today</source>
        <translation>تسجيلات الحضور لكل ساعة اليوم</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Visitors by country</source>
        <translation>الزوار حسب الدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors by category</source>
        <translation>الزوار حسب الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leads: sign in to see them</source>
        <translation>العملاء المحتملون: سجّل الدخول لعرضهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} · {1} to {2}</source>
        <translation>{0} · من {1} إلى {2}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Leads: sign in to see your booth&apos;s figures</source>
        <translation>العملاء المحتملون: سجّل الدخول لعرض أرقام منصتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads of your booth</source>
        <translation>العملاء المحتملون لمنصتك</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inside now: {0} (where exits are scanned)</source>
        <translation>في الداخل الآن: {0} (حيث يُمسح الخروج)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inside now: not counted (no check-in point scans exits)</source>
        <translation>بالداخل الآن: غير محسوب (لا توجد نقطة تمسح الخروج)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="+125"/>
        <source>Possible duplicates</source>
        <translation>سجلات مكررة محتملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for visitors registered twice…</source>
        <translation>جارٍ البحث عن زوار مسجّلين مرتين…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select the record to keep. The others are merged into it: their check-ins and leads move to it, their badges keep working.</source>
        <translation>اختر السجل الذي تريد الإبقاء عليه. تُدمج السجلات الأخرى فيه: تنتقل إليه تسجيلات حضورها وعملاؤها المحتملون، وتظل شاراتها صالحة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge into the selected record…</source>
        <translation>دمج في السجل المحدد…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} — {1} records</source>
        <translation>{0} — السجلات: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} groups of possible duplicates (same e-mail, or same name and organisation).</source>
        <translation>مجموعات السجلات المكررة المحتملة: {0} (البريد الإلكتروني نفسه، أو الاسم والجهة نفسهما).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {0} are shown; merge them and look again for the rest.</source>
        <translation>تُعرض أول {0}؛ ادمجها ثم ابحث مجددًا عن البقية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ No duplicates found.</source>
        <translation>✔ لم يُعثر على سجلات مكررة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed</source>
        <translation>مطبوعة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge visitors</source>
        <translation>دمج الزوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge {0} other record(s) into “{1}” ({2})?</source>
        <translation>هل تريد دمج {0} من السجلات الأخرى في «{1}» ({2})؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their check-ins and leads move to this visitor; their printed badges keep working. This cannot be undone.</source>
        <translation>تنتقل تسجيلات حضورها وعملاؤها المحتملون إلى هذا الزائر، وتظل شاراتها المطبوعة صالحة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These records changed meanwhile; look again.</source>
        <translation>تغيّرت هذه السجلات في الأثناء؛ ابحث مجددًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Merged {0} record(s) into {1}.</source>
        <translation>✔ تم دمج {0} من السجلات في {1}.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../booth_app/ui/visitors/erase_dialog.py" line="+32"/>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase the personal data of &lt;b&gt;{0}&lt;/b&gt;?</source>
        <translation>هل تريد محو البيانات الشخصية لـ &lt;b&gt;{0}&lt;/b&gt;؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation: {0}</source>
        <translation>الجهة: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: {0}</source>
        <translation>البريد الإلكتروني: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their name, contact details, answers and lead notes are removed from this laptop and, through sync, from every laptop. Counts stay: their check-ins, leads and meetings are still counted, without anyone&apos;s name. This cannot be undone.</source>
        <translation>يُزال الاسم وبيانات الاتصال والإجابات وملاحظات العملاء المحتملين من هذا الجهاز، ومن كل الأجهزة عبر المزامنة. تبقى الأعداد: تظل تسجيلات الحضور والعملاء المحتملون والاجتماعات محسوبة دون أي اسم. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason (e.g. asked by e-mail on 7 Dec)</source>
        <translation>السبب (مثال: طلب ذلك بالبريد الإلكتروني في 7 ديسمبر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not erased</source>
        <translation>لم يُمحَ</translation>
    </message>
</context>
<context>
    <name>ExhibitorsPage</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/page.py" line="+58"/>
        <source>Exhibitors</source>
        <translation>العارضون</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Manufacturers</source>
        <translation>الشركات المصنّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in points</source>
        <translation>نقاط تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New manufacturer</source>
        <translation>شركة مصنّعة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import manufacturers…</source>
        <translation>استيراد الشركات المصنّعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import products…</source>
        <translation>استيراد المنتجات…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find by company, code or booth</source>
        <translation>البحث بالشركة أو الرمز أو المنصة</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Profile</source>
        <translation>الملف التعريفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} manufacturers · {1} products</source>
        <translation>الشركات المصنّعة: {0} · المنتجات: {1}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this manufacturer?</source>
        <translation>هل تريد حفظ التغييرات على هذه الشركة المصنّعة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>✔ Added: now its products, staff and questions</source>
        <translation>✔ تمت الإضافة: أضف الآن منتجاتها وموظفيها وأسئلتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Saved</source>
        <translation>✔ تم الحفظ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ Deleted</source>
        <translation>✔ تم الحذف</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import manufacturers</source>
        <translation>استيراد الشركات المصنّعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import products</source>
        <translation>استيراد المنتجات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.txt *.tsv *.xlsx);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ExportCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/export_card.py" line="+72"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not exported: {0}</source>
        <translation>✖ لم يُصدَّر: {0}</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../booth_app/ui/exports/lead_files.py" line="+25"/>
        <source>CSV (Excel, CRM import)</source>
        <translation>CSV ‏(Excel، استيراد إلى CRM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>مصنف Excel ‏(XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (phones, address books)</source>
        <translation>vCard (الهواتف، دفاتر العناوين)</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../booth_app/ui/exports/page.py" line="+27"/>
        <source>Exports</source>
        <translation>التصدير</translation>
    </message>
</context>
<context>
    <name>FirstCoordinatorDialog</name>
    <message>
        <location filename="../../booth_app/ui/access/first_coordinator.py" line="+33"/>
        <source>The first coordinator</source>
        <translation>المنسق الأول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This event has no coordinator yet. The coordinator sets up manufacturers and staff, exports leads and makes backups. Whoever is made here can add others later; once one exists, this is not offered again.</source>
        <translation>لا يوجد منسق لهذه الفعالية بعد. يُعدّ المنسق الشركات المصنّعة والموظفين، ويصدّر العملاء المحتملين، ويُنشئ النسخ الاحتياطية. يمكن لمن يُنشأ هنا إضافة آخرين لاحقًا؛ وبعد وجود منسق واحد لن يُعرض هذا مجددًا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>رمز PIN (من 4 إلى 8 أرقام)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>تأكيد رمز PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make coordinator and sign in</source>
        <translation>إنشاء المنسق وتسجيل الدخول</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✖ The two PINs differ. Type the same PIN twice.</source>
        <translation>✖ رمزا PIN مختلفان. اكتب الرمز نفسه مرتين.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../booth_app/ui/first_run.py" line="+37"/>
        <source>Welcome to Booth</source>
        <translation>مرحبًا بك في Booth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Welcome to Booth&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في Booth&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop has no event yet. Create your event, or open the demo pavilion (Indonesia Pavilion at Arab Health) to look around first.</source>
        <translation>لا توجد فعالية على هذا الجهاز بعد. أنشئ فعاليتك، أو افتح الجناح التجريبي (جناح إندونيسيا في Arab Health) للاستكشاف أولًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Arab Health 2027</source>
        <translation>مثال: Arab Health 2027</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Indonesia Pavilion</source>
        <translation>مثال: جناح إندونيسيا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Event name</source>
        <translation>اسم الفعالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pavilion</source>
        <translation>الجناح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo pavilion</source>
        <translation>فتح الجناح التجريبي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create event</source>
        <translation>إنشاء الفعالية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join from a setup bundle…</source>
        <translation>الانضمام من حزمة إعداد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A laptop joining the pavilion: the coordinator&apos;s setup bundle (booth setup export) brings the event, manufacturers, staff and badge keys.</source>
        <translation>جهاز ينضم إلى الجناح: تجلب حزمة الإعداد من المنسق (booth setup export) الفعالية والشركات المصنّعة والموظفين ومفاتيح الشارات.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create the event</source>
        <translation>تعذّر إنشاء الفعالية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The setup bundle</source>
        <translation>حزمة الإعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth bundles (*.booth *.bundle);;All files (*)</source>
        <translation>حزم Booth (*.booth *.bundle);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The setup bundle&apos;s passphrase:</source>
        <translation>عبارة مرور حزمة الإعداد:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot join from this bundle</source>
        <translation>تعذّر الانضمام من هذه الحزمة</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/form_dialog.py" line="+39"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../booth_app/ui/meetings/grid_model.py" line="+136"/>
        <source>Table {0}, {1}: free</source>
        <translation>الطاولة {0}، {1}: متاحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · locked</source>
        <translation> · مقفل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} ({1})
with {2} — {3}
Table {4}, {5}
{6}{7}</source>
        <translation>{0} ({1})
مع {2} — {3}
الطاولة {4}، {5}
{6}{7}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Double booking after a sync: move one of them.</source>
        <translation>⚠ حجز مزدوج بعد المزامنة: انقل أحدهما.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Table {0}: {1}</source>
        <translation>الطاولة {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no manufacturer</source>
        <translation>بلا شركة مصنّعة</translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <location filename="../../booth_app/ui/dashboard/hour_bars.py" line="+19"/>
        <source>Check-ins per hour today</source>
        <translation>تسجيلات الحضور لكل ساعة اليوم</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <location filename="../../booth_app/ui/sync/hub.py" line="+82"/>
        <location line="+74"/>
        <source>✔ Saved locally</source>
        <translation>✔ محفوظ محليًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⟳ Syncing…</source>
        <translation>⟳ جارٍ المزامنة…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✔ Synced {0}</source>
        <translation>✔ تمت المزامنة {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Offline since {0}</source>
        <translation>غير متصل منذ {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {0} changes waiting</source>
        <translation> · تغييرات بانتظار الإرسال: {0}</translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/import_dialog.py" line="+53"/>
        <source>Import manufacturers</source>
        <translation>استيراد الشركات المصنّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import products</source>
        <translation>استيراد المنتجات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV or Excel file with a header row. Columns: company name (Perusahaan), code (Kode), booth (Stan), country (Negara), city, contact, e-mail, phone, website, products (Produk, several separated by ;). Rows are matched on the code: importing again updates, never duplicates.</source>
        <translation>ملف CSV أو Excel يحتوي على صف عناوين. الأعمدة: اسم الشركة (Perusahaan)، الرمز (Kode)، المنصة (Stan)، الدولة (Negara)، المدينة، جهة الاتصال، البريد الإلكتروني، الهاتف، الموقع الإلكتروني، المنتجات (Produk، ويُفصل بين المنتجات المتعددة بـ ;). تُطابَق الصفوف حسب الرمز: إعادة الاستيراد تحدّث البيانات ولا تكررها أبدًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CSV or Excel file with a header row and one product per row. Columns: manufacturer code (Kode) or company name (Perusahaan), product name (Produk), category (Kategori). A product already listed is updated, never added twice.</source>
        <translation>ملف CSV أو Excel يحتوي على صف عناوين ومنتج واحد في كل صف. الأعمدة: رمز الشركة المصنّعة (Kode) أو اسم الشركة (Perusahaan)، اسم المنتج (Produk)، الفئة (Kategori). المنتج المدرج مسبقًا يُحدَّث ولا يُضاف مرتين.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy rejected rows</source>
        <translation>نسخ الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.txt *.tsv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing {0}…</source>
        <translation>جارٍ استيراد {0}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Manufacturers added: {0}, updated: {1}. Rows rejected: {2}.</source>
        <translation>✔ الشركات المصنّعة المضافة: {0}، المحدَّثة: {1}. الصفوف المرفوضة: {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Products added: {0}, updated: {1}, already listed: {2}. Rows rejected: {3}.</source>
        <translation>✔ المنتجات المضافة: {0}، المحدَّثة: {1}، المدرجة مسبقًا: {2}. الصفوف المرفوضة: {3}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>أُلغي الاستيراد: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Nothing was imported: {0}</source>
        <translation>✖ لم يُستورد أي شيء: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ The import stopped: nothing was imported.</source>
        <translation>✖ توقف الاستيراد: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rejected rows are on the clipboard.</source>
        <translation>الصفوف المرفوضة منسوخة إلى الحافظة.</translation>
    </message>
</context>
<context>
    <name>ImportVisitorsDialog</name>
    <message>
        <location filename="../../booth_app/ui/visitors/import_dialog.py" line="+68"/>
        <source>Import visitors</source>
        <translation>استيراد الزوار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration ID</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the organiser&apos;s CSV or XLSX file</source>
        <translation>اختر ملف CSV أو XLSX من المنظِّم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Columns in the file, and what each holds:</source>
        <translation>الأعمدة في الملف، وما يحتويه كل منها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as</source>
        <translation>استيراد كـ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows, as they will be imported:</source>
        <translation>الصفوف الأولى كما ستُستورد:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+134"/>
        <location line="+122"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+256"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Copy rejected rows</source>
        <translation>نسخ الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as CSV…</source>
        <translation>حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the visitor list</source>
        <translation>اختيار قائمة الزوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.txt *.tsv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file cannot be imported: {0}</source>
        <translation>لا يمكن استيراد هذا الملف: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbook</source>
        <translation>مصنَّف Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text file ({0}, separated by {1})</source>
        <translation>ملف نصي ({0}، الفاصل: {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} rows.</source>
        <translation>{0}: عدد الصفوف {1}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no header)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— ignore —</source>
        <translation>— تجاهل —</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose which column holds the name (or the first and last name) to import.</source>
        <translation>اختر العمود الذي يحتوي على الاسم (أو الاسم الأول واسم العائلة) لاستيراده.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported {0} new visitors, updated {1}, skipped {2} rows.</source>
        <translation>تم استيراد {0} من الزوار الجدد، وتحديث {1}، وتخطي {2} من الصفوف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished.</source>
        <translation>اكتمل الاستيراد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>أُلغي الاستيراد: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: nothing was imported.</source>
        <translation>توقف الاستيراد: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The rejected rows are on the clipboard.</source>
        <translation>الصفوف المرفوضة منسوخة إلى الحافظة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save {0}: {1}</source>
        <translation>تعذّر حفظ {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}</source>
        <translation>تم حفظ {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commas</source>
        <translation>فاصلة (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolons</source>
        <translation>فاصلة منقوطة (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>علامة جدولة (Tab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars</source>
        <translation>خط عمودي (|)</translation>
    </message>
</context>
<context>
    <name>LeadBanner</name>
    <message>
        <location filename="../../booth_app/ui/leads/banner.py" line="+55"/>
        <source>1 interaction</source>
        <translation>تفاعل واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} interactions</source>
        <translation>التفاعلات: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown staff</source>
        <translation>موظف غير معروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✚ NEW LEAD — saved</source>
        <translation>✚ عميل محتمل جديد — تم الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · visitor registered from the badge</source>
        <translation> · تم تسجيل الزائر من الشارة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↻ RESCAN — lead from {0} by {1}, {2}</source>
        <translation>↻ إعادة مسح — عميل محتمل مسجّل في {0} بواسطة {1}، {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ EDITING — lead from {0} by {1}, {2}</source>
        <translation>✎ تعديل — عميل محتمل مسجّل في {0} بواسطة {1}، {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scanned</source>
        <translation>ممسوح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed in</source>
        <translation>مُدخل يدويًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History ({0})</source>
        <translation>السجل ({0})</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <location filename="../../booth_app/ui/leads/card.py" line="+118"/>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products of interest</source>
        <translation>المنتجات محل الاهتمام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No products in this manufacturer&apos;s catalogue.</source>
        <translation>لا توجد منتجات في كتالوج هذه الشركة المصنّعة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said, what they need</source>
        <translation>ما قيل، وما يحتاجونه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. send a quotation</source>
        <translation>مثال: إرسال عرض أسعار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated value</source>
        <translation>القيمة التقديرية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 150,000</source>
        <translation>مثال: 150,000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agrees to be contacted</source>
        <translation>يوافق على التواصل معه</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Discard (Esc)</source>
        <translation>تجاهل (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Save and next (Ctrl+Enter)</source>
        <translation>✔ حفظ والتالي (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} lead (key {1})</source>
        <translation>عميل محتمل {0} (المفتاح {1})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>since {0}</source>
        <translation>منذ {0}</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Discard the changes to the lead of {0}?</source>
        <translation>هل تريد تجاهل التغييرات على العميل المحتمل {0}؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan itself stays saved.</source>
        <translation>يظل المسح نفسه محفوظًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/leads/view.py" line="+59"/>
        <source>This lead was deleted.</source>
        <translation>حُذف هذا العميل المحتمل.</translation>
    </message>
</context>
<context>
    <name>LeadFilesCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/lead_files.py" line="+6"/>
        <source>Leads of one manufacturer</source>
        <translation>العملاء المحتملون لشركة مصنّعة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the manufacturer&apos;s sales team: CSV for a CRM, an Excel workbook, or vCards for phones. Only that manufacturer&apos;s leads.</source>
        <translation>لفريق المبيعات لدى الشركة المصنّعة: ملف CSV لنظام CRM، أو مصنَّف Excel، أو بطاقات vCard للهواتف. العملاء المحتملون لتلك الشركة المصنّعة فقط.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manufacturer</source>
        <translation>الشركة المصنّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export leads…</source>
        <translation>تصدير العملاء المحتملين…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign in (Ctrl+L) to export leads.</source>
        <translation>سجّل الدخول (Ctrl+L) لتصدير العملاء المحتملين.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export leads</source>
        <translation>تصدير العملاء المحتملين</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Exported {0} leads to {1}</source>
        <translation>
            <numerusform>تم تصدير العملاء المحتملين ({0}) إلى {1}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) إلى {1}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) إلى {1}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) إلى {1}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) إلى {1}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) إلى {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting leads…</source>
        <translation>جارٍ تصدير العملاء المحتملين…</translation>
    </message>
</context>
<context>
    <name>LeadListPanel</name>
    <message>
        <location filename="../../booth_app/ui/leads/lead_list.py" line="+87"/>
        <source>Manufacturer</source>
        <translation>الشركة المصنّعة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search leads</source>
        <translation>البحث في العملاء المحتملين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any rating</source>
        <translation>أي تقييم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>غير مقيّم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any stage</source>
        <translation>أي مرحلة</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All manufacturers</source>
        <translation>كل الشركات المصنّعة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any product</source>
        <translation>أي منتج</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>{0} leads</source>
        <translation>
            <numerusform>العملاء المحتملون: {0}</numerusform>
            <numerusform>العملاء المحتملون: {0}</numerusform>
            <numerusform>العملاء المحتملون: {0}</numerusform>
            <numerusform>العملاء المحتملون: {0}</numerusform>
            <numerusform>العملاء المحتملون: {0}</numerusform>
            <numerusform>العملاء المحتملون: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} shown</source>
        <translation>{0} من {1} معروضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  {0} not rated</source>
        <translation>  ·  غير مقيّم: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline: {0}</source>
        <translation>مسار المبيعات: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no value yet</source>
        <translation>لا توجد قيمة بعد</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <location filename="../../booth_app/ui/leads/table_model.py" line="+56"/>
        <source>Hot</source>
        <translation>ساخن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>دافئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>بارد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotation</source>
        <translation>عرض سعر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU signed</source>
        <translation>وُقّعت مذكرة التفاهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>خسارة</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <location filename="../../booth_app/ui/leads/page.py" line="+74"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>This visitor was removed.</source>
        <translation>تمت إزالة هذا الزائر.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This manufacturer was removed.</source>
        <translation>تمت إزالة هذه الشركة المصنّعة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✖ NOT CAPTURED — badge unreadable</source>
        <translation>✖ لم يُسجَّل — الشارة غير مقروءة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ NOT CAPTURED</source>
        <translation>✖ لم يُسجَّل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ NOT SAVED</source>
        <translation>✖ لم يُحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan was not saved: {0}</source>
        <translation>لم يُحفظ المسح: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The next badge was not captured: finish this lead (or Esc), then scan again.</source>
        <translation>لم تُسجَّل الشارة التالية: أكمل هذا العميل المحتمل (أو اضغط Esc)، ثم امسح مجددًا.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✖ Cannot open this lead</source>
        <translation>✖ تعذّر فتح هذا العميل المحتمل</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>Delete lead</source>
        <translation>حذف العميل المحتمل</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete the lead of {0}?</source>
        <translation>هل تريد حذف العميل المحتمل {0}؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It leaves this booth&apos;s list and every export. Scanning the visitor again starts a new lead.</source>
        <translation>سيُزال من قائمة هذه المنصة ومن كل عمليات التصدير. ومسح الزائر مجددًا يبدأ عميلًا محتملًا جديدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ Not deleted</source>
        <translation>✖ لم يُحذف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lead of {0} deleted.</source>
        <translation>تم حذف العميل المحتمل {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: scan a badge</source>
        <translation>جاهز: امسح شارة</translation>
    </message>
</context>
<context>
    <name>LeadsZipCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/leads_zip.py" line="+29"/>
        <source>All manufacturers, one ZIP</source>
        <translation>كل الشركات المصنّعة في ملف ZIP واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder per manufacturer holding only its own leads. With a password the ZIP is AES-256 encrypted (7-Zip and current systems open it), so a lost USB stick leaks nothing.</source>
        <translation>مجلد لكل شركة مصنّعة يحتوي على عملائها المحتملين فقط. عند تعيين كلمة مرور يُشفَّر ملف ZIP بمعيار AES-256 (يفتحه 7-Zip والأنظمة الحديثة)، فلا يتسرب شيء إذا فُقد مفتاح USB.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export all…</source>
        <translation>تصدير الكل…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in as a coordinator to export every manufacturer&apos;s leads.</source>
        <translation>سجّل الدخول كمنسق لتصدير العملاء المحتملين لكل الشركات المصنّعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For coordinators: a booth exports its own leads only.</source>
        <translation>للمنسقين: كل منصة تصدّر عملاءها المحتملين فقط.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✖ The two passwords differ.</source>
        <translation>✖ كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export every manufacturer&apos;s leads</source>
        <translation>تصدير العملاء المحتملين لكل الشركات المصنّعة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, encrypted</source>
        <translation>، مشفّر</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported {0} leads of {1} manufacturers to {2}{3}</source>
        <translation>
            <numerusform>تم تصدير العملاء المحتملين ({0}) لـ {1} من الشركات المصنّعة إلى {2}{3}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) لـ {1} من الشركات المصنّعة إلى {2}{3}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) لـ {1} من الشركات المصنّعة إلى {2}{3}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) لـ {1} من الشركات المصنّعة إلى {2}{3}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) لـ {1} من الشركات المصنّعة إلى {2}{3}</numerusform>
            <numerusform>تم تصدير العملاء المحتملين ({0}) لـ {1} من الشركات المصنّعة إلى {2}{3}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting every manufacturer&apos;s leads…</source>
        <translation>جارٍ تصدير العملاء المحتملين لكل الشركات المصنّعة…</translation>
    </message>
</context>
<context>
    <name>LiveCounts</name>
    <message>
        <location filename="../../booth_app/ui/checkin/live_counts.py" line="+34"/>
        <source>Checked in today</source>
        <translation>سُجّل حضورهم اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique visitors today</source>
        <translation>الزوار الفريدون اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside now</source>
        <translation>بالداخل الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the last hour</source>
        <translation>خلال الساعة الأخيرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last scans</source>
        <translation>آخر عمليات المسح</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No point scans exits, so nobody is counted out.</source>
        <translation>لا توجد نقطة تمسح الخروج، لذا لا يُحتسب خروج أحد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no visitor)</source>
        <translation>(بلا زائر)</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../booth_app/ui/access/guard.py" line="-72"/>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: Ctrl+L signs in, and locks again when you leave.</source>
        <translation>اختصار: Ctrl+L لتسجيل الدخول، ولإعادة القفل عند المغادرة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coordinator sign-in needed</source>
        <translation>يلزم تسجيل دخول المنسق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a coordinator can open this page.</source>
        <translation>لا يفتح هذه الصفحة إلا المنسق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is signed in for booth {1}.</source>
        <translation>{0} مسجّل الدخول للمنصة {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed in on this laptop.</source>
        <translation>لم يسجّل أحد الدخول على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in needed</source>
        <translation>يلزم تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth staff see their own manufacturer&apos;s meetings here; a coordinator sees and schedules them all. Nobody is signed in on this laptop.</source>
        <translation>يرى موظفو المنصة هنا اجتماعات شركتهم المصنّعة؛ أما المنسق فيرى كل الاجتماعات ويجدولها. لم يسجّل أحد الدخول على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../booth_app/ui/main_window.py" line="+47"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors</source>
        <translation>الزوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibitors</source>
        <translation>العارضون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>  ·  This laptop: {0}</source>
        <translation>  ·  هذا الجهاز: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {0}</source>
        <translation>قاعدة البيانات: {0}</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/errors.py" line="+28"/>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop scanning on this laptop. Copy the latest file from the backups folder, then open that copy (booth --db FILE).</source>
        <translation>أوقف المسح على هذا الجهاز. انسخ أحدث ملف من مجلد النسخ الاحتياطية، ثم افتح تلك النسخة (booth --db FILE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open backups folder</source>
        <translation>فتح مجلد النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../booth_app/ui/meetings/editing.py" line="+50"/>
        <source>Choose where to move it with the arrow keys, then press Enter (Esc puts it back).</source>
        <translation>اختر مكان النقل بمفاتيح الأسهم، ثم اضغط Enter (يعيده Esc إلى مكانه).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not possible</source>
        <translation>غير ممكن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move here</source>
        <translation>النقل إلى هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free: Enter or drop moves {0} to table {1}, {2}.</source>
        <translation>متاح: يؤدي Enter أو الإفلات إلى نقل {0} إلى الطاولة {1}، {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer busy</source>
        <translation>المشتري مشغول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manufacturer busy</source>
        <translation>الشركة المصنّعة مشغولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table taken</source>
        <translation>الطاولة محجوزة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move to table {0}, {1}: {2}.</source>
        <translation>لا يمكن النقل إلى الطاولة {0}، {1}: {2}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This meeting belongs to another manufacturer.</source>
        <translation>هذا الاجتماع يخص شركة مصنّعة أخرى.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✖ Not moved: {0}</source>
        <translation>✖ لم يُنقل: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Moved to table {0}, {1}.</source>
        <translation>✔ تم النقل إلى الطاولة {0}، {1}.</translation>
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
        <translation>مقفل: تُبقي الجدولة اجتماع {0} في مكانه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked: Schedule may move {0}&apos;s meeting.</source>
        <translation>غير مقفل: يمكن للجدولة نقل اجتماع {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meeting of {0} with {1} at {2} cancelled; the request is back under Not placed.</source>
        <translation>أُلغي اجتماع {0} مع {1} في {2}؛ وعاد الطلب إلى قائمة «غير مُدرجة».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ The outcome is recorded once the meeting has started ({0}).</source>
        <translation>✖ تُسجَّل النتيجة بعد بدء الاجتماع ({0}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Outcome saved: {0} — {1} with {2}.</source>
        <translation>✔ تم حفظ النتيجة: {0} — {1} مع {2}.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../booth_app/ui/meetings/agenda_print.py" line="+50"/>
        <source>Agendas cannot be printed from this version yet.</source>
        <translation>لا يمكن طباعة جداول الأعمال من هذا الإصدار بعد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the agenda…</source>
        <translation>جارٍ كتابة جدول الأعمال…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda written to {0} and opened: print it from the viewer.</source>
        <translation>كُتب جدول الأعمال في {0} وفُتح: اطبعه من العارض.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/meetings/editing.py" line="+9"/>
        <location line="+6"/>
        <source>Cancel meeting</source>
        <translation>إلغاء الاجتماع</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cancel the meeting of {0} with {1} at {2}?</source>
        <translation>هل تريد إلغاء اجتماع {0} مع {1} في {2}؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its slot becomes free and the request goes back under Not placed.</source>
        <translation>تصبح فترته متاحة، ويعود الطلب إلى قائمة «غير مُدرجة».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/meetings/schedule_run.py" line="+44"/>
        <source>Placing the requests…</source>
        <translation>جارٍ إدراج الطلبات…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} meetings placed: {1} new, {2} moved, {3} kept; {4} not placed.</source>
        <translation>أُدرج {0} من الاجتماعات: {1} جديدة، {2} منقولة، {3} كما هي؛ {4} غير مُدرجة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} meetings cancelled (their request can no longer be placed).</source>
        <translation>أُلغي {0} من الاجتماعات (لم يعد بالإمكان إدراج طلباتها).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Proven optimal: no schedule places more.</source>
        <translation>✔ ثبت أنه الأمثل: لا يوجد جدول يُدرج أكثر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proven optimal: at most {0} could be placed.</source>
        <translation>لم يثبت أنه الأمثل: يمكن إدراج {0} على الأكثر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved:</source>
        <translation>نُقلت:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  and {0} more</source>
        <translation>  و{0} غيرها</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/meetings/words.py" line="+39"/>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-in</source>
        <translation>لم يسجّل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>سجّل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>عُقد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>غياب</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CHECKED IN — ON TIME</source>
        <translation>حضر — في الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKED IN — LATE</source>
        <translation>حضر — متأخرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKED IN — EARLY</source>
        <translation>حضر — مبكرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WRONG TABLE</source>
        <translation>طاولة خاطئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO MEETING NOW</source>
        <translation>لا اجتماع الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN BADGE</source>
        <translation>شارة غير معروفة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the manufacturer</source>
        <translation>الشركة المصنّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organiser</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vetoed by {0}</source>
        <translation>رفضه {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vetoed</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no free slot in common</source>
        <translation>لا توجد فترة متاحة مشتركة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the buyer&apos;s meeting cap is reached</source>
        <translation>بلغ المشتري الحد الأقصى للاجتماعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the manufacturer&apos;s meeting cap is reached</source>
        <translation>بلغت الشركة المصنّعة الحد الأقصى للاجتماعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every common free slot is taken</source>
        <translation>كل الفترات المتاحة المشتركة محجوزة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>its meeting was cancelled (request it again to place it)</source>
        <translation>أُلغي اجتماعه (اطلبه مجددًا لإدراجه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason yet: run Schedule</source>
        <translation>لا سبب بعد: شغّل الجدولة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must</source>
        <translation>ضروري</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>want</source>
        <translation>مرغوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>veto</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did not happen</source>
        <translation>لم يُعقد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interest</source>
        <translation>لا اهتمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informative</source>
        <translation>مفيد للمعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation possible</source>
        <translation>تعاون ممكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoU signed</source>
        <translation>وُقّعت مذكرة التفاهم</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../booth_app/ui/meetings/page.py" line="+60"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>For the matching desk or a coordinator: it places every manufacturer&apos;s meetings.</source>
        <translation>لمكتب المطابقة أو المنسق: تُدرج اجتماعات كل الشركات المصنّعة في الجدول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every request it can; locked meetings stay where they are</source>
        <translation>إدراج كل طلب ممكن في الجدول؛ تبقى الاجتماعات المقفلة في مكانها</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No event yet: create one first.</source>
        <translation>لا توجد فعالية بعد: أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No meeting sessions yet: add them with “booth meetings sessions add” (date, start, end, slot minutes).</source>
        <translation>لا توجد جلسات اجتماعات بعد: أضفها باستخدام «booth meetings sessions add» (التاريخ، البداية، النهاية، مدة الفترة بالدقائق).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ {0} meetings start between slots (a session was changed): see “booth meetings list”.</source>
        <translation>⚠ اجتماعات تبدأ بين الفترات: {0} (تم تغيير إحدى الجلسات): راجع «booth meetings list».</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Moving, locking and cancelling meetings needs a coordinator: ask one, or sign in as one (Ctrl+L).</source>
        <translation>نقل الاجتماعات وقفلها وإلغاؤها يتطلب منسقًا: اطلب من أحد المنسقين، أو سجّل الدخول كمنسق (Ctrl+L).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Scheduling…</source>
        <translation>جارٍ الجدولة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduling meetings…</source>
        <translation>جارٍ جدولة الاجتماعات…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schedule cancelled: nothing changed.</source>
        <translation>أُلغيت الجدولة: لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not scheduled: {0}</source>
        <translation>✖ لم تتم الجدولة: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ Scheduling failed: {0}. Nothing changed.</source>
        <translation>✖ فشلت الجدولة: {0}. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Leave full screen (F11)</source>
        <translation>الخروج من ملء الشاشة (F11)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full screen (F11)</source>
        <translation>ملء الشاشة (F11)</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../booth_app/ui/meetings/toolbar.py" line="+81"/>
        <source>Select a meeting: Enter picks it up to move it (or drag it), L locks or unlocks it, Del cancels it.</source>
        <translation>اختر اجتماعًا: يلتقطه Enter لنقله (أو اسحبه)، ويقفله L أو يلغي قفله، ويلغيه Del.</translation>
    </message>
</context>
<context>
    <name>NowView</name>
    <message>
        <location filename="../../booth_app/ui/meetings/now_view.py" line="+120"/>
        <location line="+90"/>
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Scan a buyer&apos;s badge at the table</source>
        <translation>امسح شارة المشتري عند الطاولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark no-shows</source>
        <translation>تحديد الغائبين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings whose slot has ended with nobody checked in become no-shows</source>
        <translation>الاجتماعات التي انتهت فترتها دون تسجيل حضور أحد تُعدّ غيابًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F11)</source>
        <translation>ملء الشاشة (F11)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Any table</source>
        <translation>أي طاولة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting slot now</source>
        <translation>لا توجد فترة اجتماعات الآن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now {0} · {1} of {2} checked in
Late (no check-in 5 min after the start):</source>
        <translation>الآن {0} · سُجّل حضور {1} من {2}
المتأخرون (لم يُسجَّل حضورهم بعد 5 دقائق من البدء):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Nobody is late.</source>
        <translation>✔ لا يوجد متأخرون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more slots</source>
        <translation>لا توجد فترات أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next {0} · {1} meetings
At which table:</source>
        <translation>التالي {0} · الاجتماعات: {1}
عند أي طاولة:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Table {0} · {1} — {2}</source>
        <translation>الطاولة {0} · {1} — {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scan was not saved: {0}</source>
        <translation>لم يُحفظ المسح: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the buyer&apos;s badge when they sit down at the table: on time, late or at the wrong table shows here.</source>
        <translation>امسح شارة المشتري عند جلوسه إلى الطاولة: يظهر هنا إن كان في الموعد أو متأخرًا أو على الطاولة الخطأ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} meetings marked no-show.</source>
        <translation>تم تحديد {0} من الاجتماعات كغياب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ NO-SHOWS MARKED</source>
        <translation>✖ تم تحديد الغائبين</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/staff.py" line="+107"/>
        <source>Reset PIN</source>
        <translation>إعادة تعيين PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set new PIN</source>
        <translation>تعيين PIN جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 8 digits</source>
        <translation>من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same PIN again</source>
        <translation>رمز PIN نفسه مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>رمز PIN الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>تأكيد رمز PIN الجديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation>رمزا PIN غير متطابقين؛ اكتب رمز PIN مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../booth_app/ui/access/pin_pad.py" line="+42"/>
        <source>Delete the last digit (Backspace)</source>
        <translation>حذف آخر رقم (Backspace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in (Enter)</source>
        <translation>تسجيل الدخول (Enter)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter your PIN</source>
        <translation>أدخل رمز PIN</translation>
    </message>
</context>
<context>
    <name>PointSwitch</name>
    <message>
        <location filename="../../booth_app/ui/checkin/point_switch.py" line="+44"/>
        <source>This laptop&apos;s check-in point</source>
        <translation>نقطة تسجيل الحضور لهذا الجهاز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>→ Entry</source>
        <translation>← دخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit →</source>
        <translation>خروج ←</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No check-in point: add one in Exhibitors</source>
        <translation>لا توجد نقطة تسجيل حضور: أضف واحدة في «العارضون»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: scan badges of visitors leaving {0}</source>
        <translation>جاهز: امسح شارات الزوار المغادرين من {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: scan a badge · {0}</source>
        <translation>جاهز: امسح شارة · {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exits are not scanned at this point.</source>
        <translation>لا يُمسح الخروج عند هذه النقطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges print on first check-in.</source>
        <translation>تُطبع الشارات عند أول تسجيل حضور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No re-entry.</source>
        <translation>إعادة الدخول غير مسموحة.</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/points.py" line="+57"/>
        <source>Entrance</source>
        <translation>المدخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>المخرج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar / stage</source>
        <translation>ندوة / مسرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lounge</source>
        <translation>صالة الاستراحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting area</source>
        <translation>منطقة الاجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where badges are scanned. Each laptop at a door chooses its point in Settings.</source>
        <translation>الأماكن التي تُمسح فيها الشارات. يختار كل جهاز عند الباب نقطته من «الإعدادات».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Re-entry</source>
        <translation>إعادة الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exits</source>
        <translation>الخروج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. Pavilion Entrance</source>
        <translation>مثال: مدخل الجناح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let visitors back in (re-entry)</source>
        <translation>السماح للزوار بالعودة (إعادة الدخول)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan exits too (counts who is inside)</source>
        <translation>مسح الخروج أيضًا (لحساب من بالداخل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badge at check-in</source>
        <translation>طباعة الشارة عند تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore a repeated scan for</source>
        <translation>تجاهل المسح المتكرر لمدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 600 seconds: the same badge scanned again within this time is shown, not counted twice</source>
        <translation>من 0 إلى 600 ثانية: الشارة نفسها إذا مُسحت مجددًا خلال هذه المدة تُعرض ولا تُحتسب مرتين</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New point</source>
        <translation>نقطة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>حفظ (Ctrl+S أو Enter)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✔ yes</source>
        <translation>✔ نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>– no</source>
        <translation>– لا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} s</source>
        <translation>{0} ث</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this check-in point?</source>
        <translation>هل تريد حفظ التغييرات على نقطة تسجيل الحضور هذه؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New check-in point</source>
        <translation>نقطة تسجيل حضور جديدة</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This check-in point no longer exists.</source>
        <translation>نقطة تسجيل الحضور هذه لم تعد موجودة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Added</source>
        <translation>✔ تمت الإضافة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Saved</source>
        <translation>✔ تم الحفظ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete check-in point</source>
        <translation>حذف نقطة تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the check-in point {0}? Its past check-ins stay counted.</source>
        <translation>هل تريد حذف نقطة تسجيل الحضور {0}؟ تظل تسجيلات الحضور السابقة فيها محتسبة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✖ Not deleted: {0}</source>
        <translation>✖ لم يُحذف: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Deleted</source>
        <translation>✔ تم الحذف</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../booth_app/ui/printing.py" line="+79"/>
        <location line="+43"/>
        <source>The badge PDF could not be read.</source>
        <translation>تعذّرت قراءة ملف PDF للشارات.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>There is no printer named “{0}”. Choose another one in Settings or in the print dialog.</source>
        <translation>لا توجد طابعة باسم “{0}”. اختر طابعة أخرى من الإعدادات أو من نافذة الطباعة.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The printer “{0}” could not be opened.</source>
        <translation>تعذّر فتح الطابعة “{0}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+103"/>
        <source>Sending to the printer…</source>
        <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The printer “{0}” refused the job.</source>
        <translation>رفضت الطابعة “{0}” مهمة الطباعة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing badge page {0} of {1}…</source>
        <translation>جارٍ طباعة صفحة الشارات {0} من {1}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page {0} of the badge PDF could not be drawn.</source>
        <translation>تعذّر رسم الصفحة {0} من ملف PDF للشارات.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Printing did not finish in time.</source>
        <translation>لم تنتهِ الطباعة في الوقت المحدد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No printer is set up on this computer. Add the badge printer in the system&apos;s printer settings, then try again.</source>
        <translation>لا توجد طابعة معدّة على هذا الجهاز. أضف طابعة الشارات من إعدادات الطابعات في النظام، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no printer named “{0}”. Printers here: {1}.</source>
        <translation>لا توجد طابعة باسم “{0}”. الطابعات المتاحة: {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print badges</source>
        <translation>طباعة الشارات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one of the printers to print badges on.</source>
        <translation>اختر إحدى الطابعات لطباعة الشارات.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There are no visitors to print badges for.</source>
        <translation>لا يوجد زوار لطباعة شاراتهم.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing badges {0}–{1} of {2}…</source>
        <translation>جارٍ رسم الشارات {0}–{1} من {2}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printed 1 badge on {0}</source>
        <translation>طُبعت شارة واحدة على {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {0} badges on {1}</source>
        <translation>طُبعت الشارات ({0}) على {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing badges…</source>
        <translation>جارٍ طباعة الشارات…</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/catalogue.py" line="+51"/>
        <source>New product name</source>
        <translation>اسم المنتج الجديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Add product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the product (F2, or double-click)</source>
        <translation>إعادة تسمية المنتج (F2، أو النقر المزدوج)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the product (Delete key); it can be undone</source>
        <translation>حذف المنتج (مفتاح Delete)؛ يمكن التراجع عن ذلك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>✖ Not added: {0}</source>
        <translation>✖ لم تتم الإضافة: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Added “{0}”</source>
        <translation>✔ تمت إضافة «{0}»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This product no longer exists.</source>
        <translation>هذا المنتج لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ Not renamed: {0}</source>
        <translation>✖ لم تتم إعادة التسمية: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Saved “{0}”</source>
        <translation>✔ تم حفظ «{0}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✖ Not deleted: {0}</source>
        <translation>✖ لم يُحذف: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Deleted “{0}”</source>
        <translation>✔ تم حذف «{0}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✖ Not restored: {0}</source>
        <translation>✖ لم تتم الاستعادة: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Restored</source>
        <translation>✔ تمت الاستعادة</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/profile.py" line="+65"/>
        <source>Code *</source>
        <translation>الرمز *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company *</source>
        <translation>الشركة *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booth</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. MEDIKA</source>
        <translation>مثال: MEDIKA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. S1-A10</source>
        <translation>مثال: S1-A10</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>About the company</source>
        <translation>نبذة عن الشركة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete manufacturer…</source>
        <translation>حذف الشركة المصنّعة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>حفظ (Ctrl+S أو Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a manufacturer</source>
        <translation>اختر شركة مصنّعة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New manufacturer</source>
        <translation>شركة مصنّعة جديدة</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This manufacturer no longer exists.</source>
        <translation>هذه الشركة المصنّعة لم تعد موجودة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Added</source>
        <translation>✔ تمت الإضافة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Saved</source>
        <translation>✔ تم الحفظ</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>✖ Not deleted: {0} has %n lead(s); they are its results, so it stays.</source>
        <translation>
            <numerusform>✖ لم تُحذف: لدى {0} من العملاء المحتملين %n، وهم نتائجها، لذا تبقى.</numerusform>
            <numerusform>✖ لم تُحذف: لدى {0} من العملاء المحتملين %n، وهم نتائجها، لذا تبقى.</numerusform>
            <numerusform>✖ لم تُحذف: لدى {0} من العملاء المحتملين %n، وهم نتائجها، لذا تبقى.</numerusform>
            <numerusform>✖ لم تُحذف: لدى {0} من العملاء المحتملين %n، وهم نتائجها، لذا تبقى.</numerusform>
            <numerusform>✖ لم تُحذف: لدى {0} من العملاء المحتملين %n، وهم نتائجها، لذا تبقى.</numerusform>
            <numerusform>✖ لم تُحذف: لدى {0} من العملاء المحتملين %n، وهم نتائجها، لذا تبقى.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete manufacturer</source>
        <translation>حذف الشركة المصنّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {0}?</source>
        <translation>هل تريد حذف {0}؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its {0} products, {1} staff accounts and {2} questions go with it. It can be added again with the same code.</source>
        <translation>ستُحذف معها منتجاتها ({0}) وحسابات موظفيها ({1}) وأسئلتها ({2}). يمكن إضافتها مجددًا بالرمز نفسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✖ Not deleted: {0}</source>
        <translation>✖ لم يُحذف: {0}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../booth_app/ui/access/purge_dialog.py" line="+36"/>
        <source>Purge personal data</source>
        <translation>تطهير البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone not seen since this date (no check-in, lead, note or meeting) is erased from this laptop and, through sync, from every laptop. Counts stay. Rolling backups older than the date are deleted.</source>
        <translation>كل من لم يُرَ منذ هذا التاريخ (بلا تسجيل حضور أو عميل محتمل أو ملاحظة أو اجتماع) تُمحى بياناته من هذا الجهاز، ومن كل الأجهزة عبر المزامنة. تبقى الأعداد. وتُحذف النسخ الاحتياطية المتجددة الأقدم من هذا التاريخ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not seen since</source>
        <translation>لم يُرَ منذ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase them</source>
        <translation>محوهم</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} visitors not seen since {1} would be erased.</source>
        <translation>سيُمحى {0} من الزوار الذين لم يُروا منذ {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} older backups would be deleted.</source>
        <translation>ستُحذف {0} من النسخ الاحتياطية الأقدم.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../booth_app/ui/qt_words.py" line="+39"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-10"/>
        <source>Show Details...</source>
        <translation>إظهار التفاصيل...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>إخفاء التفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-21"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>استعادة الافتراضيات</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/questions.py" line="+65"/>
        <source>e.g. Planned purchase in the next 12 months?</source>
        <translation>مثال: هل تخطط للشراء خلال الأشهر الـ 12 القادمة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>نوع الإجابة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One option per line, at least two</source>
        <translation>خيار واحد في كل سطر، خياران على الأقل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An answer is required</source>
        <translation>الإجابة مطلوبة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Staff tick one option.</source>
        <translation>يختار الموظفون خيارًا واحدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff tick any number of options.</source>
        <translation>يختار الموظفون أي عدد من الخيارات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff type the answer; a text or number question has no options.</source>
        <translation>يكتب الموظفون الإجابة؛ لا توجد خيارات لسؤال نصي أو رقمي.</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <location filename="../../booth_app/ui/leads/questions.py" line="+55"/>
        <source>(no answer)</source>
        <translation>(بلا إجابة)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A number</source>
        <translation>أدخل رقمًا</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/questions.py" line="-46"/>
        <source>Single choice</source>
        <translation>خيار واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation>خيارات متعددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Asked on every lead form of this manufacturer, in this order.</source>
        <translation>يُطرح في كل نموذج عميل محتمل لهذه الشركة المصنّعة، بهذا الترتيب.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add question…</source>
        <translation>إضافة سؤال…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲ Move up</source>
        <translation>▲ نقل لأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>نقل لأعلى (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ Move down</source>
        <translation>▼ نقل لأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>نقل لأسفل (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> · required</source>
        <translation> · مطلوب</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This question no longer exists.</source>
        <translation>هذا السؤال لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add question</source>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Question added</source>
        <translation>✔ تمت إضافة السؤال</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit question</source>
        <translation>تعديل السؤال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Question saved</source>
        <translation>✔ تم حفظ السؤال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✖ Not moved: {0}</source>
        <translation>✖ لم يُنقل: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete question</source>
        <translation>حذف السؤال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this question?

{0}

Answers already given stay with their leads.</source>
        <translation>هل تريد حذف هذا السؤال؟

{0}

تبقى الإجابات المقدَّمة مسبقًا مع عملائها المحتملين.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✖ Not deleted: {0}</source>
        <translation>✖ لم يُحذف: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Question deleted</source>
        <translation>✔ تم حذف السؤال</translation>
    </message>
</context>
<context>
    <name>RegisterFromScanDialog</name>
    <message>
        <location filename="../../booth_app/ui/checkin/register_from_scan.py" line="+25"/>
        <source>Register from the scan</source>
        <translation>التسجيل من المسح</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Register and print badge</source>
        <translation>تسجيل وطباعة الشارة</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../../booth_app/ui/exports/report.py" line="+42"/>
        <source>Not an exchange rate: {0}. Write e.g. USD=16250.</source>
        <translation>ليس سعر صرف: {0}. اكتب مثلًا USD=16250.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pavilion results report</source>
        <translation>تقرير نتائج الجناح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the ministry: visitors, leads, business meetings, MoUs and the potential transaction value, per manufacturer, with charts (PDF).</source>
        <translation>للوزارة: الزوار والعملاء المحتملون واجتماعات العمل ومذكرات التفاهم وقيمة الصفقات المحتملة لكل شركة مصنّعة، مع رسوم بيانية (PDF).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. IDR=0.0000615, EUR=1.08</source>
        <translation>مثال: IDR=0.0000615, EUR=1.08</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What 1 unit of each other currency is worth in the reporting currency; values in a currency without a rate are listed as not converted.</source>
        <translation>قيمة وحدة واحدة من كل عملة أخرى بعملة التقرير؛ والقيم بعملة بلا سعر صرف تُدرج على أنها غير محوَّلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting currency</source>
        <translation>عملة التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create report…</source>
        <translation>إنشاء التقرير…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in as a coordinator to create the report.</source>
        <translation>سجّل الدخول كمنسق لإنشاء التقرير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For coordinators: the report counts every booth.</source>
        <translation>للمنسقين: يشمل التقرير كل المنصات.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Create the pavilion report</source>
        <translation>إنشاء تقرير الجناح</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report of {0} pages saved to {1}</source>
        <translation>تم حفظ التقرير (الصفحات: {0}) في {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the report…</source>
        <translation>جارٍ إنشاء التقرير…</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../booth_app/ui/checkin/result_card.py" line="+106"/>
        <source>Ready: scan a badge</source>
        <translation>جاهز: امسح شارة</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../booth_app/ui/checkin/scan_field.py" line="+115"/>
        <source>Scan a badge, or type a name, company, email or code</source>
        <translation>امسح شارة، أو اكتب اسمًا أو شركة أو بريدًا إلكترونيًا أو رمزًا</translation>
    </message>
</context>
<context>
    <name>ScanMessages</name>
    <message>
        <location filename="../../booth_app/ui/checkin/scan_words.py" line="-31"/>
        <source>Welcome.</source>
        <translation>أهلًا وسهلًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome back.</source>
        <translation>أهلًا بعودتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodbye.</source>
        <translation>مع السلامة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in (the same scan again).</source>
        <translation>سجّل الحضور بالفعل (المسح نفسه مرة أخرى).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already scanned out (the same scan again).</source>
        <translation>سُجّل خروجه بالفعل (المسح نفسه مرة أخرى).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit recorded (no entry scan was found).</source>
        <translation>سُجّل الخروج (لم يُعثر على مسح دخول).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a badge of this event.</source>
        <translation>ليست شارة لهذه الفعالية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visitor has this code.</source>
        <translation>لا يوجد زائر بهذا الرمز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge&apos;s code was altered or made up.</source>
        <translation>رمز هذه الشارة معدَّل أو مختلَق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A genuine badge, but this visitor is not on this laptop yet: sync, or register them.</source>
        <translation>شارة أصلية، لكن هذا الزائر غير موجود على هذا الجهاز بعد: زامِن البيانات أو سجّله.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already in since {0} at {1}.</source>
        <translation>في الداخل منذ {0} عند {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No re-entry at {0}.</source>
        <translation>لا إعادة دخول عند {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: this badge was reprinted (current badge #{0}).</source>
        <translation>ملغاة: أُعيدت طباعة هذه الشارة (الشارة الحالية #{0}).</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../booth_app/ui/meetings/selection_bar.py" line="+52"/>
        <source>Move (Enter)</source>
        <translation>نقل (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the meeting up; arrows choose the cell, Enter moves it, Esc puts it back. You can also drag the card.</source>
        <translation>التقط الاجتماع؛ تختار الأسهم الخلية، وينقله Enter، ويعيده Esc إلى مكانه. يمكنك أيضًا سحب البطاقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <location line="+2"/>
        <source>Lock (L)</source>
        <translation>قفل (L)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Cancel meeting… (Del)</source>
        <translation>إلغاء الاجتماع… (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s agenda…</source>
        <translation>جدول أعمال المشتري…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This buyer&apos;s agenda as a PDF, ready to print</source>
        <translation>جدول أعمال هذا المشتري بصيغة PDF، جاهز للطباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s agenda…</source>
        <translation>جدول أعمال الشركة المصنّعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This manufacturer&apos;s agenda as a PDF, ready to print</source>
        <translation>جدول أعمال هذه الشركة المصنّعة بصيغة PDF، جاهز للطباعة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The outcome is recorded once the meeting has started.</source>
        <translation>تُسجَّل النتيجة بعد بدء الاجتماع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a meeting in the grid (arrow keys or a click).</source>
        <translation>اختر اجتماعًا في الشبكة (بمفاتيح الأسهم أو بالنقر).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock (L)</source>
        <translation>إلغاء القفل (L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · Locked</source>
        <translation> · مقفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — {1}
{2} at table {3}, {4} · {5}{6}</source>
        <translation>{0} — {1}
{2} على الطاولة {3}، {4} · {5}{6}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../booth_app/ui/settings_page.py" line="+33"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>These settings belong to this laptop.</source>
        <translation>هذه الإعدادات خاصة بهذا الجهاز.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As this computer (BOOTH_LANG or the system)</source>
        <translation>حسب هذا الجهاز (BOOTH_LANG أو النظام)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The words printed in the badge&apos;s colour band (visitor, buyer, media, exhibitor, VIP). The whole event uses them: every laptop prints them after its next sync.</source>
        <translation>الكلمات المطبوعة في الشريط الملوّن للشارة (زائر، مشترٍ، إعلام، عارض، كبار الشخصيات). تسري على الفعالية بأكملها: يطبعها كل جهاز بعد مزامنته التالية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the whole event</source>
        <translation>للفعالية بأكملها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play a sound for accepted and refused scans</source>
        <translation>تشغيل صوت عند قبول المسح ورفضه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beside the database (default)</source>
        <translation>بجانب قاعدة البيانات (افتراضي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop&apos;s name</source>
        <translation>اسم هذا الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in point</source>
        <translation>نقطة تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth (for leads)</source>
        <translation>المنصة (للعملاء المحتملين)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge printer</source>
        <translation>طابعة الشارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge layout</source>
        <translation>تصميم الشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge language</source>
        <translation>لغة الشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Automatic backup every</source>
        <translation>نسخ احتياطي تلقائي كل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pavilion&apos;s PostgreSQL hub: while it is reachable this laptop syncs with it every few seconds.</source>
        <translation>الخادم المركزي PostgreSQL للجناح: ما دام الوصول إليه ممكنًا، يُزامن هذا الجهاز معه كل بضع ثوانٍ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptops and sync…</source>
        <translation>الأجهزة والمزامنة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which laptops have synced when, and what this laptop has not sent yet.</source>
        <translation>أي الأجهزة زامنت ومتى، وما لم يرسله هذا الجهاز بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub address</source>
        <translation>عنوان الخادم المركزي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log…</source>
        <translation>سجل التدقيق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did what, when, on which laptop</source>
        <translation>من فعل ماذا، ومتى، وعلى أي جهاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge…</source>
        <translation>تطهير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase everyone not seen since a date</source>
        <translation>محو كل من لم يُرَ منذ تاريخ معيّن</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask every time</source>
        <translation>السؤال في كل مرة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} (not connected)</source>
        <translation>{0} (غير متصلة)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>✔ Saved</source>
        <translation>✔ تم الحفظ</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/setup_tab.py" line="+78"/>
        <source>This manufacturer no longer exists.</source>
        <translation>هذه الشركة المصنّعة لم تعد موجودة.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../booth_app/ui/meetings/side_panel.py" line="+42"/>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>الشركة المصنّعة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or organisation</source>
        <translation>الاسم أو الجهة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Requests not placed</source>
        <translation>طلبات غير مُدرجة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All manufacturers</source>
        <translation>كل الشركات المصنّعة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not placed ({0})</source>
        <translation>غير مُدرجة ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} {1} — {2}
→ {3} · {4}
{5}</source>
        <translation>{0} {1} — {2}
← {3} · {4}
{5}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and {0} more: filter by manufacturer or buyer.</source>
        <translation>… و{0} أخرى: صفِّ حسب الشركة المصنّعة أو المشتري.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every request has a meeting.</source>
        <translation>لكل طلب اجتماع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None for this buyer.</source>
        <translation>لا شيء لهذا المشتري.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../booth_app/ui/access/sign_in.py" line="+92"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>← Back (Esc)</source>
        <translation>→ رجوع (Esc)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Booth {0} · {1} ({2})</source>
        <translation>المنصة {0} · {1} ({2})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No booth has staff yet: a coordinator adds them in Exhibitors.</source>
        <translation>لا توجد منصة لديها موظفون بعد: يضيفهم المنسق في «العارضون».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pavilion coordinator</source>
        <translation>منسق الجناح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the first coordinator…</source>
        <translation>إنشاء المنسق الأول…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in: choose your booth</source>
        <translation>تسجيل الدخول: اختر منصتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pavilion coordinator: who are you?</source>
        <translation>منسق الجناح: من أنت؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booth {0} · {1}: who are you?</source>
        <translation>المنصة {0} · {1}: من أنت؟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>← Booths (Esc)</source>
        <translation>→ المنصات (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}: enter your PIN</source>
        <translation>{0}: أدخل رمز PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Names (Esc)</source>
        <translation>→ الأسماء (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>✖ Wrong PIN. One more try before a wait.</source>
        <translation>✖ رمز PIN خاطئ. محاولة واحدة أخرى قبل الانتظار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Wrong PIN. {0} more tries before a wait.</source>
        <translation>✖ رمز PIN خاطئ. المحاولات المتبقية قبل الانتظار: {0}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>⏳ Too many wrong PINs. Try again in {0}.</source>
        <translation>⏳ محاولات خاطئة كثيرة لرمز PIN. حاول مجددًا بعد {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can try your PIN again.</source>
        <translation>يمكنك إدخال رمز PIN مجددًا.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location line="+32"/>
        <source>Sign in to capture leads</source>
        <translation>سجّل الدخول لتسجيل العملاء المحتملين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your booth and your name, then type your PIN. You see your own manufacturer&apos;s leads only.</source>
        <translation>اختر منصتك واسمك، ثم اكتب رمز PIN. لا ترى إلا العملاء المحتملين لشركتك المصنّعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: Ctrl+L signs in, and locks again when you leave.</source>
        <translation>اختصار: Ctrl+L لتسجيل الدخول، ولإعادة القفل عند المغادرة.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/staff.py" line="-48"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Sari Wulandari</source>
        <translation>مثال: Sari Wulandari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 8 digits</source>
        <translation>من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same PIN again</source>
        <translation>رمز PIN نفسه مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>تأكيد رمز PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation>رمزا PIN غير متطابقين؛ اكتب رمز PIN مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <location filename="../../booth_app/ui/access/session.py" line="+54"/>
        <source>No such staff member.</source>
        <translation>لا يوجد موظف بهذا الاسم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} can no longer sign in here (deactivated).</source>
        <translation>لم يعد بإمكان {0} تسجيل الدخول هنا (حساب معطّل).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} belongs to no manufacturer of this event.</source>
        <translation>{0} لا يتبع أي شركة مصنّعة في هذه الفعالية.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in to see leads.</source>
        <translation>سجّل الدخول لعرض العملاء المحتملين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This staff member belongs to no manufacturer.</source>
        <translation>هذا الموظف لا يتبع أي شركة مصنّعة.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/staff.py" line="-32"/>
        <source>Booth staff</source>
        <translation>موظفو المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>المنسق</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff sign in at this manufacturer&apos;s booth with their PIN. PINs are never shown: a forgotten one is reset here.</source>
        <translation>يسجّل الموظفون الدخول في منصة هذه الشركة المصنّعة برمز PIN الخاص بهم. لا تُعرض رموز PIN أبدًا: يُعاد تعيين الرمز المنسي من هنا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add staff…</source>
        <translation>إضافة موظف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset PIN…</source>
        <translation>إعادة تعيين PIN…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Deactivate</source>
        <translation>إلغاء التفعيل</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>✔ Active</source>
        <translation>✔ نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⊘ Deactivated</source>
        <translation>⊘ غير مفعّل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This staff member no longer exists.</source>
        <translation>هذا الموظف لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add staff</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Added {0}</source>
        <translation>✔ تمت إضافة {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit staff</source>
        <translation>تعديل الموظف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Saved</source>
        <translation>✔ تم الحفظ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✔ New PIN set for {0}</source>
        <translation>✔ تم تعيين PIN جديد لـ {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✖ Not changed: {0}</source>
        <translation>✖ لم يتغير: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Reactivated: can sign in again</source>
        <translation>✔ أُعيد التفعيل: يمكنه تسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Deactivated: cannot sign in; past leads keep the name</source>
        <translation>✔ أُلغي التفعيل: لا يمكنه تسجيل الدخول؛ ويبقى اسمه على عملائه المحتملين السابقين</translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <location filename="../../booth_app/ui/sync/status_panel.py" line="+241"/>
        <source>Laptops and sync</source>
        <translation>الأجهزة والمزامنة</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location line="-169"/>
        <source>Laptops in this pavilion</source>
        <translation>الأجهزة في هذا الجناح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⟳ Refresh</source>
        <translation>⟳ تحديث</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laptop</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its changes last arrived here</source>
        <translation>آخر وصول لتغييراته إلى هنا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>عبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its newest change here</source>
        <translation>أحدث تغييراته هنا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent yet from this laptop</source>
        <translation>لم يُرسَل بعد من هذا الجهاز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes waiting</source>
        <translation>تغييرات بانتظار الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent up to the change of</source>
        <translation>أُرسل حتى تغيير</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>⚠ The sync status cannot be read: {0}</source>
        <translation>⚠ تعذّرت قراءة حالة المزامنة: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>just now</source>
        <translation>قبل لحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min ago</source>
        <translation>قبل {0} دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h ago</source>
        <translation>قبل {0} ساعة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⇅ Hub</source>
        <translation>⇅ الخادم المركزي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⇄ Bundle</source>
        <translation>⇄ حزمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (this laptop)</source>
        <translation>{0} (هذا الجهاز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (the hub)</source>
        <translation>{0} (الخادم المركزي)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>writes here</source>
        <translation>يكتب هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing received yet</source>
        <translation>لم يُستلم شيء بعد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hub {0}</source>
        <translation>الخادم المركزي {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundles to {0}</source>
        <translation>حزم إلى {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop {0} (to pull)</source>
        <translation>الجهاز {0} (للسحب)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elsewhere {0}</source>
        <translation>وجهة أخرى {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ none</source>
        <translation>✔ لا شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sent {0}, took {1}</source>
        <translation>أُرسل {0}، واستُلم {1}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>nothing sent yet</source>
        <translation>لم يُرسَل شيء بعد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing sent yet: no hub round and no bundle export</source>
        <translation>لم يُرسَل شيء بعد: لا جولة مزامنة مع الخادم المركزي ولا تصدير حزمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hub: no round yet (set a hub address in Settings).</source>
        <translation>الخادم المركزي: لا توجد جولة مزامنة بعد (عيّن عنوان الخادم المركزي في «الإعدادات»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing new either way</source>
        <translation>لا جديد في أي اتجاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Hub: last round {0}, {1}.</source>
        <translation>✔ الخادم المركزي: آخر جولة {0}، {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Hub: last round {0} failed: {1}</source>
        <translation>⚠ الخادم المركزي: فشلت آخر جولة {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TableHeaders</name>
    <message>
        <location filename="../../booth_app/ui/exhibitors/table_model.py" line="+19"/>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="-133"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+32"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/leads/table_model.py" line="-19"/>
        <source>Booth</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="+6"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="-2"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/leads/table_model.py" line="-4"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/leads/table_model.py" line="-4"/>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="-7"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="-2"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="+4"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+1"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/visitors/duplicates.py" line="-2"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+4"/>
        <source>Checked in</source>
        <translation>سجّل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+1"/>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="-3"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../booth_app/ui/tasks.py" line="+100"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../booth_app/ui/meetings/toolbar.py" line="-49"/>
        <source>Grid</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now (floor screen)</source>
        <translation>الآن (شاشة القاعة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print master grid…</source>
        <translation>طباعة الشبكة الرئيسية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table and slot as a PDF, ready to print</source>
        <translation>كل الطاولات والفترات بصيغة PDF، جاهزة للطباعة</translation>
    </message>
</context>
<context>
    <name>TopStrip</name>
    <message>
        <location filename="../../booth_app/ui/top_strip.py" line="+42"/>
        <location line="+16"/>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>✔ Saved locally</source>
        <translation>✔ محفوظ محليًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Every change is written to this laptop&apos;s disk. Click for every laptop&apos;s sync.</source>
        <translation>يُحفظ كل تغيير على قرص هذا الجهاز. انقر لعرض مزامنة كل الأجهزة.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Signed in: {0} · Coordinator</source>
        <translation>مسجّل الدخول: {0} · منسق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: {0} · Booth {1} ({2})</source>
        <translation>مسجّل الدخول: {0} · المنصة {1} ({2})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event</source>
        <translation>لا توجد فعالية</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} local time (UTC{1:+d}{2})</source>
        <translation>{0} محليًا (UTC{1:+d}{2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station: {0}</source>
        <translation>المحطة: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No station set</source>
        <translation>لم تُحدَّد محطة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every change is written to this laptop&apos;s disk first; the hub gets them when it can be reached. Click for every laptop&apos;s sync.</source>
        <translation>يُحفظ كل تغيير على قرص هذا الجهاز أولًا، ويستلمه الخادم المركزي عند إمكانية الوصول إليه. انقر لعرض مزامنة كل الأجهزة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ Database damaged</source>
        <translation>⚠ قاعدة البيانات تالفة</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <location filename="../../booth_app/ui/visitors/form.py" line="+47"/>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to share details
with exhibitors</source>
        <translation>يوافق على مشاركة بياناته
مع العارضين</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+28"/>
        <location line="+20"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>حفظ (Ctrl+S أو Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/language.py" line="+257"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+12"/>
        <source>Hospital / clinic</source>
        <translation>مستشفى / عيادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+1"/>
        <source>Distributor</source>
        <translation>موزّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+0"/>
        <source>Government</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+1"/>
        <source>Buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+0"/>
        <source>Media</source>
        <translation>إعلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../booth_app/ui/visitors/form.py" line="+1"/>
        <source>Exhibitor</source>
        <translation>عارض</translation>
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
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../booth_app/ui/visitors/form.py" line="+12"/>
        <source>Select a visitor</source>
        <translation>اختر زائرًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge code: {0}</source>
        <translation>رمز الشارة: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New visitor</source>
        <translation>زائر جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A badge code is given on saving.</source>
        <translation>يُمنح رمز الشارة عند الحفظ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+49"/>
        <source>Recorded with the time on saving</source>
        <translation>تُسجَّل مع الوقت عند الحفظ</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>since {0}</source>
        <translation>منذ {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>⚠ Possible duplicate of: {0}</source>
        <translation>⚠ سجل مكرر محتمل لـ: {0}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This visitor no longer exists.</source>
        <translation>هذا الزائر لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖ Not saved: {0}</source>
        <translation>✖ لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Registered</source>
        <translation>✔ تم التسجيل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Saved</source>
        <translation>✔ تم الحفظ</translation>
    </message>
</context>
<context>
    <name>VisitorMatches</name>
    <message>
        <location filename="../../booth_app/ui/visitors/matches.py" line="+44"/>
        <source>No visitor matches “{0}”.</source>
        <translation>لا يوجد زائر يطابق «{0}».</translation>
    </message>
</context>
<context>
    <name>VisitorTableModel</name>
    <message>
        <location filename="../../booth_app/ui/visitors/table_model.py" line="+71"/>
        <source>Badge printed</source>
        <translation>الشارة مطبوعة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Yes ({0})</source>
        <translation>نعم ({0})</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <location filename="../../booth_app/ui/visitors/page.py" line="+54"/>
        <source>Badge preview not available</source>
        <translation>معاينة الشارة غير متاحة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visitors</source>
        <translation>الزوار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, organisation, e-mail or badge code</source>
        <translation>البحث بالاسم أو الجهة أو البريد الإلكتروني أو رمز الشارة</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>New visitor</source>
        <translation>زائر جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in mode</source>
        <translation>وضع التسجيل في الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print badge</source>
        <translation>طباعة الشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Print selected</source>
        <translation>طباعة المحدد</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Find duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase personal data…</source>
        <translation>محو البيانات الشخصية…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{0} visitors</source>
        <translation>
            <numerusform>الزوار: {0}</numerusform>
            <numerusform>الزوار: {0}</numerusform>
            <numerusform>الزوار: {0}</numerusform>
            <numerusform>الزوار: {0}</numerusform>
            <numerusform>الزوار: {0}</numerusform>
            <numerusform>الزوار: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this visitor?</source>
        <translation>هل تريد حفظ التغييرات على هذا الزائر؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Print selected ({0})</source>
        <translation>طباعة المحدد ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(needs a coordinator sign-in)</source>
        <translation>(يتطلب تسجيل دخول المنسق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import visitors</source>
        <translation>استيراد الزوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and merge duplicates</source>
        <translation>البحث عن التكرارات ودمجها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected visitor&apos;s personal data</source>
        <translation>محو البيانات الشخصية للزائر المحدد</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing visitors is not available yet.</source>
        <translation>استيراد الزوار غير متاح بعد.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../booth_app/ui/visitors/walk_in.py" line="+37"/>
        <source>Walk-in registration</source>
        <translation>التسجيل في الموقع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the name and organisation, press Enter: the visitor is registered and the badge prints. The form clears for the next person.</source>
        <translation>اكتب الاسم والجهة، ثم اضغط Enter: يُسجَّل الزائر وتُطبع الشارة. ثم يُفرَّغ النموذج للشخص التالي.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No badge printed yet.</source>
        <translation>لم تُطبع أي شارة بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register and print (Enter)</source>
        <translation>تسجيل وطباعة (Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✖ Not registered: {0}</source>
        <translation>✖ لم يُسجَّل: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registered {0}; sending the badge to the printer…</source>
        <translation>تم تسجيل {0}؛ جارٍ إرسال الشارة إلى الطابعة…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last badge printed: {0}</source>
        <translation>آخر شارة مطبوعة: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered {0}, but the badge was not printed. Print it from the Visitors page (Ctrl+P).</source>
        <translation>تم تسجيل {0}، لكن الشارة لم تُطبع. اطبعها من صفحة «الزوار» (Ctrl+P).</translation>
    </message>
</context>
</TS>

# views : ce qui restait en anglais (tendances, produits, entreprise, historique d'une
# facture, modifications d'abonnement, classes de note) ; voir docs/i18n.md.

## report trends (render/trends.rs)
views-trends-title = Tendances au { $date }, mois par mois
views-trends-delays = DMP et DSO (jours)
views-trends-cash = Facturé et encaissé
views-trends-invoiced = facturé
views-trends-collected = encaissé
views-trends-grades = Clients par classe de note

## Score grades (render/score.rs): A to E stay letters
views-grade-new = nouveau

## Products (render/product.rs)
views-product-goods = bien
views-product-service = service
views-product-unit = unité
views-product-unit_price = prix unitaire
views-product-vat_rate = taux de TVA
